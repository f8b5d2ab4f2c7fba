package dev.kiji.ner;

import java.util.List;
import java.util.Map;

/**
 * A name news copy puts in quotes, typed by the word that ends it: 「徳之島ひかり製糖」 and 「筑波ねむりテック」 are companies,
 * 「港町くじら食文化の会」 a group, 「あやまる荘」 an inn, although a quoted name alone reads like a product's or a work's to
 * the tagger. Only a quote that holds no mention, or exactly one mention of another type, is used, and only when the
 * quoted name is a short run without punctuation.
 */
final class QuotedNames {
    /** Endings and the type they give; where two match, the longer decides (会 alone is not listed: it is ambiguous). */
    private static final Map<String, NerClass> TAILS = tails();
    private static final int MAX_CHARS = 16;

    private QuotedNames() {
    }

    private static Map<String, NerClass> tails() {
        Map<String, NerClass> m = new java.util.HashMap<>();
        CompanyTails.TAILS.forEach(t -> m.put(t, NerClass.COMPANY));
        for (String t : List.of("製糖", "テック", "ホールディングス", "商店", "酒店", "書店")) {
            m.put(t, NerClass.COMPANY);
        }
        for (String t : List.of("の会", "協会", "連盟", "保存会", "研究会", "実行委員会")) {
            m.put(t, NerClass.ORG_OTHER);
        }
        for (String t : List.of("荘", "旅館")) {
            m.put(t, NerClass.FACILITY);
        }
        return Map.copyOf(m);
    }

    static void apply(String text, List<Span> out) {
        for (int open = text.indexOf('「'); open >= 0; open = text.indexOf('「', open + 1)) {
            int close = text.indexOf('」', open + 1);
            if (close < 0) {
                return;
            }
            int a = open + 1;
            int len = close - a;
            if (len < 3 || len > MAX_CHARS) {
                continue;
            }
            String q = text.substring(a, close);
            NerClass type = typeOf(q);
            if (type == null || !NewsPostPass.plainName(q)) {
                continue;
            }
            Span inside = null;
            int overlapping = 0;
            for (Span s : out) {
                if (s.start() < close && a < s.end()) {
                    overlapping++;
                    inside = s;
                }
            }
            if (overlapping == 0) {
                out.add(new Span(a, close, type));
            } else if (overlapping == 1 && inside.start() == a && inside.end() == close && inside.type() != type
                    && inside.type() != NerClass.PERSON) {
                out.set(out.indexOf(inside), new Span(a, close, type));
            }
        }
    }

    /** The type the quoted name's ending gives, if it has a longer name part before it. */
    private static NerClass typeOf(String q) {
        NerClass best = null;
        int bestLen = 0;
        for (Map.Entry<String, NerClass> t : TAILS.entrySet()) {
            int n = t.getKey().length();
            if (n > bestLen && q.length() > n + 1 && q.endsWith(t.getKey())) {
                best = t.getValue();
                bestLen = n;
            }
        }
        return best;
    }
}
