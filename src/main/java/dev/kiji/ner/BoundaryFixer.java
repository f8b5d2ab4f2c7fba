package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Post-pass on decoded spans: titles and honorifics after a person's name (ブリンケン氏) stay
 * outside the mention, and surrounding whitespace or brackets are trimmed.
 */
final class BoundaryFixer {
    private static final String[] PERSON_SUFFIXES = {"容疑者", "大統領", "首相", "長官", "議員", "知事", "被告",
        "選手", "監督", "社長", "会長", "さん", "氏", "様", "君", "ちゃん"};

    private BoundaryFixer() {
    }

    static List<Span> fix(CharView v, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            int a = s.start();
            int b = s.end();
            if (s.type() == NerClass.PERSON) {
                for (String suf : PERSON_SUFFIXES) {
                    if (b - a > suf.length() && v.text.startsWith(suf, b - suf.length())) {
                        b -= suf.length();
                        break;
                    }
                }
            }
            while (a < b && isTrim(v.text.charAt(a))) a++;
            while (b > a && isTrim(v.text.charAt(b - 1))) b--;
            if (b > a) out.add(new Span(a, b, s.type()));
        }
        return out;
    }

    private static boolean isTrim(char c) {
        return Character.isWhitespace(c) || c == '「' || c == '」' || c == '、' || c == '。' || c == '(' || c == ')';
    }
}
