package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Later short forms of people named in full earlier in the article, the Japanese news convention (李在明 …
 * 李大統領, 李政権; 山田太郎容疑者 … 山田容疑者; ジョン・スミス … スミス). A kanji full name's surname (a prefix that
 * ENAMDICT knows as a surname, the rest a given name) becomes a PERSON where it stands uncovered, not glued to a
 * preceding kanji, directly before a person title or 政権; a katakana full name's last part (3+ letters) becomes a
 * PERSON wherever it stands as a whole katakana word. Spans index the article text.
 */
final class PersonShortForms {
    /** What follows a person's surname and never an ordinary word's last kanji in news copy. */
    private static final String[] TITLES = {"氏", "さん", "容疑者", "被告", "受刑者", "大統領", "首相", "政権", "元首相",
        "前首相", "外相", "知事", "市長", "教授", "准教授", "社長", "会長", "監督", "選手", "投手", "議員", "代表", "委員長",
        "長官", "大臣", "候補", "被告人", "弁護士", "教諭", "記者", "氏ら", "夫妻", "先生", "特別教授", "名誉教授", "特任教授",
        "客員教授", "事務局長", "局長", "部長", "プロデューサー", "初段", "二段", "三段", "四段", "五段", "六段", "七段", "八段",
        "九段"};

    private PersonShortForms() {
    }

    static void add(String text, List<Span> out, NameDictionary dict) {
        Set<String> kanji = new LinkedHashSet<>();
        Set<String> katakana = new LinkedHashSet<>();
        for (Span s : out) {
            if (s.type() != NerClass.PERSON) continue;
            String name = text.substring(s.start(), s.end());
            if (isKanji(name) && dict != null) kanji.addAll(surnames(name, dict, true));
            int dot = name.lastIndexOf('・');
            if (dot > 0 && NerTagger.katakanaRun(name, dot + 1, name.length(), false) && name.length() - dot - 1 >= 3) {
                katakana.add(name.substring(dot + 1));
            }
        }
        List<Span> sorted = new ArrayList<>(out);
        sorted.sort(null);
        List<Span> added = new ArrayList<>();
        for (String s : kanji) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                int end = at + s.length();
                if (at > 0 && isKanji(text.charAt(at - 1))) continue;
                int title = titleAt(text, end);
                if (title < 0) continue;
                Span name = new Span(at, end, NerClass.PERSON);
                if (!replaceTitled(out, name, end + title)) addFree(sorted, added, name);
            }
        }
        for (String s : katakana) {
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                int end = at + s.length();
                if (at > 0 && (NerTagger.isKatakana(text.charAt(at - 1)) || text.charAt(at - 1) == '・')) continue;
                if (end < text.length() && (NerTagger.isKatakana(text.charAt(end)) || text.charAt(end) == '・')) continue;
                addFree(sorted, added, new Span(at, end, NerClass.PERSON));
            }
        }
        out.addAll(added);
    }

    /**
     * The surnames a kanji full name can start with: a 1–3 character ENAMDICT surname whose rest is an ENAMDICT given
     * name or, when {@code oneKanji} and the name has three characters, a one-character surname (李在明, the
     * Korean and Chinese shape, whose given names ENAMDICT mostly lacks).
     */
    static List<String> surnames(String name, NameDictionary dict, boolean oneKanji) {
        List<String> out = new ArrayList<>(2);
        for (int n = 1; n <= Math.min(3, name.length() - 1); n++) {
            String head = name.substring(0, n);
            String rest = name.substring(n);
            boolean shape = has(dict, rest, NameType.GIVEN) || (oneKanji && n == 1 && name.length() == 3);
            if (has(dict, head, NameType.SURNAME) && shape) out.add(head);
        }
        return out;
    }

    /** Replaces a non-person mention that is {@code name} with all or part of its title (山田文科相, 李政権) by it. */
    private static boolean replaceTitled(List<Span> out, Span name, int titleEnd) {
        for (int i = 0; i < out.size(); i++) {
            Span o = out.get(i);
            if (o.start() == name.start() && o.end() > name.end() && o.end() <= titleEnd && o.type() != NerClass.PERSON) {
                out.set(i, name);
                return true;
            }
        }
        return false;
    }

    private static boolean has(NameDictionary dict, String s, NameType type) {
        return dict.lookup(s).map(e -> e.types().contains(type)).orElse(false);
    }

    /** Length of the person title at {@code at} (a listed one or a minister's 〜相: 文科相, 経産相), or -1. */
    static int titleAt(String text, int at) {
        int best = -1;
        for (String t : TITLES) {
            if (text.startsWith(t, at)) best = Math.max(best, t.length());
        }
        for (int n = 1; n <= 3 && at + n < text.length() && isKanji(text.charAt(at + n - 1)); n++) {
            if (text.charAt(at + n) == '相') best = Math.max(best, n + 1);
        }
        return best;
    }

    private static void addFree(List<Span> sorted, List<Span> added, Span s) {
        if (NewsPostPass.overlapsAny(sorted, s.start(), s.end())) return;
        for (Span a : added) {
            if (a.start() < s.end() && s.start() < a.end()) return;
        }
        added.add(s);
    }

    static boolean isKanji(char c) {
        return (c >= '一' && c <= '龠') || c == '々';
    }

    private static boolean isKanji(String s) {
        if (s.length() < 2 || s.length() > 5) return false;
        for (int i = 0; i < s.length(); i++) {
            if (!isKanji(s.charAt(i))) return false;
        }
        return true;
    }

}
