package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Post-pass on decoded spans: titles and honorifics after a person's name (ブリンケン氏) stay
 * outside the mention, and surrounding whitespace, brackets and punctuation that never begins or
 * ends a name are trimmed (佐渡ケ嶽部屋＝ in a "name＝affiliation" line, 静岡・).
 */
final class BoundaryFixer {
    /** Longest first, so 准教授 is cut whole rather than as 教授. */
    private static final String[] PERSON_SUFFIXES = java.util.stream.Stream.of("容疑者", "大統領", "首相", "長官", "議員",
            "知事", "被告", "選手", "監督", "コーチ", "ヘッドコーチ", "社長", "会長", "さん", "氏", "様", "君", "ちゃん", "教授", "准教授", "名誉教授",
            "特任教授", "客員教授", "先生", "助教", "講師", "研究員", "主任研究員", "理事長", "委員長", "幹事長", "事務総長", "学長", "院長",
            "所長", "局長", "部長", "課長", "署長", "校長", "市長", "町長", "村長", "区長", "大臣", "大使", "記者", "アナリスト", "エコノミスト", "弁護士",
            "政治局員", "政治局常務委員", "共産党政治局員", "共産党政治局常務委員", "報道官", "国王", "女王", "王妃", "代表", "主将",
            "名人", "学芸員", "主任学芸員", "学芸研究士", "研究士", "調査員", "主任調査員", "館長", "副館長", "技師", "竜王", "王将", "棋聖", "王位", "叡王", "王座", "棋王", "本因坊", "天元", "碁聖", "十段", "九段", "八段", "七段", "六段", "五段", "四段", "三段", "二段", "初段",
            "事務局長", "政策局長", "プロデューサー", "ディレクター", "主幹", "研究主幹", "上席研究員")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
            .toArray(String[]::new);

    private BoundaryFixer() {
    }

    /** Length of the longest person title ending {@code name} and shorter than it, or 0. */
    static int personSuffixLength(String name) {
        for (String suf : PERSON_SUFFIXES) {
            if (name.length() > suf.length() && name.endsWith(suf)) return suf.length();
        }
        return 0;
    }

    static List<Span> fix(CharView v, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int a = s.start();
            int b = s.end();
            if (s.type() == NerClass.PERSON) b -= personSuffixLength(v.text.substring(a, b));
            while (a < b && isTrim(v.text.charAt(a))) a++;
            while (b > a && isTrim(v.text.charAt(b - 1))) b--;
            if (b > a) out.add(new Span(a, b, s.type()));
        }
        return out;
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || c == '「' || c == '」' || c == '、' || c == '。' || c == '(' || c == ')'
                || c == '=' || c == '・' || c == ',' || c == ':';
    }
}
