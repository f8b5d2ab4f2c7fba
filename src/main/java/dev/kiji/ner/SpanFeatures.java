package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-span features for {@link SpanTyper}, as 32-bit hashes. Which template groups are used is a
 * bit set saved with the typer, so a model always gets exactly the features it was trained with.
 */
final class SpanFeatures {
    /** The string, its first/last characters and tokens, neighbouring characters and five tokens either side. */
    static final int BASE = 1;
    /** ENAMDICT classes of the exact string and of its longest matches. */
    static final int DICT = 2;
    /** Character bigrams inside the span, its last four and first three characters. */
    static final int CHARS = 8;
    /** ENAMDICT classes of the span's first and last tokens and of the parts of a ・-separated name. */
    static final int PARTS = 16;
    /** The sentence's last noun and last verb outside the span. */
    static final int PREDICATE = 32;
    /** Every noun and verb of the sentence outside the span (what the sentence is about). */
    static final int SENTENCE = 64;
    /** Knowledge-base classes (type and organization subtype) of the entries named by the exact string. */
    static final int KB = 128;
    /** The feature set of the first typer (model format version 3). */
    static final int LEGACY = BASE | DICT;

    private SpanFeatures() {
    }

    /** Features of view characters {@code [a, b)} from the template {@code groups}. */
    static int[] extract(int groups, CharView v, int a, int b, NameDictionary dict) {
        List<Integer> f = new ArrayList<>();
        if ((groups & BASE) != 0) base(f, v, a, b);
        if ((groups & DICT) != 0 && dict != null) dictionary(f, v.text.substring(a, b), dict);
        if ((groups & CHARS) != 0) chars(f, v.text, a, b);
        if ((groups & PARTS) != 0 && dict != null) parts(f, v, a, b, dict);
        if ((groups & PREDICATE) != 0) predicate(f, v, a, b);
        if ((groups & SENTENCE) != 0) sentence(f, v, a, b);
        if ((groups & KB) != 0) knowledgeBase(f, v.text.substring(a, b));
        int[] out = new int[f.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.get(i);
        return out;
    }

    private static void base(List<Integer> f, CharView v, int a, int b) {
        String t = v.text;
        String span = t.substring(a, b);
        add(f, 1, 0);
        add(f, 2, FeatureExtractor.str(span));
        add(f, 3, t.charAt(b - 1));
        if (b - a >= 2) add(f, 4, FeatureExtractor.str(t.substring(b - 2, b)));
        if (b - a >= 3) add(f, 5, FeatureExtractor.str(t.substring(b - 3, b)));
        add(f, 6, t.charAt(a));
        if (b - a >= 2) add(f, 7, FeatureExtractor.str(t.substring(a, a + 2)));
        add(f, 8, Math.min(b - a, 12));
        add(f, 9, CharClass.shape(span));
        add(f, 10, a > 0 ? t.charAt(a - 1) : 1);
        add(f, 11, a > 1 ? FeatureExtractor.str(t.substring(a - 2, a)) : 1);
        add(f, 12, b < t.length() ? t.charAt(b) : 2);
        add(f, 13, b + 1 < t.length() ? FeatureExtractor.str(t.substring(b, b + 2)) : 2);
        int ka = v.tokenOf[a];
        int kb = v.tokenOf[b - 1];
        add(f, 14, FeatureExtractor.str(v.tokSurface[kb]));
        add(f, 15, FeatureExtractor.str(v.tokPos[kb]));
        add(f, 16, FeatureExtractor.str(v.tokSurface[ka]));
        add(f, 17, ka > 0 ? FeatureExtractor.str(v.tokSurface[ka - 1]) : 1);
        add(f, 18, ka > 1 ? FeatureExtractor.str(v.tokSurface[ka - 2]) : 1);
        int m = v.tokenCount();
        add(f, 19, kb + 1 < m ? FeatureExtractor.str(v.tokSurface[kb + 1]) : 2);
        add(f, 20, kb + 2 < m ? FeatureExtractor.str(v.tokSurface[kb + 2]) : 2);
        add(f, 21, kb + 1 < m ? FeatureExtractor.str(v.tokPos[kb + 1]) : 2);
        for (int k = ka; k <= kb; k++) add(f, 22, FeatureExtractor.str(v.tokSurface[k]));
        if (kb + 2 < m) add(f, 23, FeatureExtractor.str(v.tokSurface[kb + 1] + v.tokSurface[kb + 2]));
        for (int k = Math.max(0, ka - 5); k < ka; k++) add(f, 27, FeatureExtractor.str(v.tokSurface[k]));
        for (int k = kb + 1; k < Math.min(m, kb + 6); k++) add(f, 28, FeatureExtractor.str(v.tokSurface[k]));
    }

    private static void dictionary(List<Integer> f, String span, NameDictionary dict) {
        dict.lookup(span).ifPresent(e -> e.types().forEach(nt -> add(f, 24, nt.ordinal())));
        for (var nm : dict.longestMatches(span)) {
            if (nm.end() - nm.start() >= 2) nm.entry().types().forEach(nt -> add(f, 25, nt.ordinal()));
        }
    }

    private static void chars(List<Integer> f, String t, int a, int b) {
        for (int i = a; i + 1 < b; i++) add(f, 56, FeatureExtractor.str(t.substring(i, i + 2)));
        if (b - a >= 4) add(f, 57, FeatureExtractor.str(t.substring(b - 4, b)));
        if (b - a >= 3) add(f, 58, FeatureExtractor.str(t.substring(a, a + 3)));
    }

    private static void parts(List<Integer> f, CharView v, int a, int b, NameDictionary dict) {
        int ka = v.tokenOf[a];
        int kb = v.tokenOf[b - 1];
        if (kb > ka) {
            dict.lookup(v.tokSurface[ka]).ifPresent(e -> e.types().forEach(nt -> add(f, 46, nt.ordinal())));
            dict.lookup(v.tokSurface[kb]).ifPresent(e -> e.types().forEach(nt -> add(f, 47, nt.ordinal())));
        }
        String span = v.text.substring(a, b);
        int dot = span.indexOf('・');
        if (dot > 0 && dot < span.length() - 1) {
            dict.lookup(span.substring(0, dot)).ifPresent(e -> e.types().forEach(nt -> add(f, 48, nt.ordinal())));
            String rest = span.substring(span.lastIndexOf('・') + 1);
            dict.lookup(rest).ifPresent(e -> e.types().forEach(nt -> add(f, 49, nt.ordinal())));
        }
    }

    private static void predicate(List<Integer> f, CharView v, int a, int b) {
        int ka = v.tokenOf[a];
        int kb = v.tokenOf[b - 1];
        boolean noun = false;
        boolean verb = false;
        for (int k = v.tokenCount() - 1; k >= 0 && !(noun && verb); k--) {
            if (k >= ka && k <= kb) continue;
            String pos = v.tokPos[k];
            if (!noun && pos.startsWith("名詞") && !pos.startsWith("名詞-数") && !pos.startsWith("名詞-非自立")) {
                add(f, 50, FeatureExtractor.str(v.tokSurface[k]));
                noun = true;
            } else if (!verb && pos.startsWith("動詞") && !pos.startsWith("動詞-非自立")) {
                add(f, 51, FeatureExtractor.str(v.tokSurface[k]));
                verb = true;
            }
        }
    }

    private static void sentence(List<Integer> f, CharView v, int a, int b) {
        int ka = v.tokenOf[a];
        int kb = v.tokenOf[b - 1];
        for (int k = 0; k < v.tokenCount(); k++) {
            if (k >= ka && k <= kb) continue;
            String pos = v.tokPos[k];
            if ((pos.startsWith("名詞") && !pos.startsWith("名詞-数") && !pos.startsWith("名詞-非自立"))
                    || (pos.startsWith("動詞") && !pos.startsWith("動詞-非自立"))) {
                add(f, 52, FeatureExtractor.str(v.tokSurface[k]));
            }
        }
    }

    private static void knowledgeBase(List<Integer> f, String span) {
        for (var h : dev.kiji.link.kb.KnowledgeBase.shared().lookup(dev.kiji.link.kb.NameKey.of(span))) {
            if (h.partial()) continue;
            var e = h.entry();
            add(f, 60, e.type().ordinal() * 8L + (e.subtype() == null ? 7 : e.subtype().ordinal()));
        }
    }

    private static void add(List<Integer> f, int template, long value) {
        long x = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL + 0x5555;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        int h = (int) x;
        f.add(h == 0 ? 1 : h);
    }
}
