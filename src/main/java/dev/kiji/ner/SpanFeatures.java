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
    /** The character tagger's class and its score gaps to the other classes ({@link SpanScores}). */
    static final int TAGGER = 4;
    /** Character bigrams inside the span, its last four and first three characters. */
    static final int CHARS = 8;
    /** ENAMDICT classes of the span's first and last tokens and of the parts of a ・-separated name. */
    static final int PARTS = 16;
    /** The sentence's last noun and last verb (lemma) outside the span. */
    static final int PREDICATE = 32;
    /** Every noun and verb of the sentence outside the span (what the sentence is about). */
    static final int SENTENCE = 64;
    /** The character tagger's class alone. */
    static final int TAGGED = 128;
    /** The tagger's classes of the other spans of the sentence, and of the spans right before and after. */
    static final int OTHERS = 256;
    /** The feature set of the first typer (model format version 3). */
    static final int LEGACY = BASE | DICT;

    private SpanFeatures() {
    }

    /** What the typer sees of one span. {@code gaps} (from {@link SpanScores#gaps}) may be null without {@link #TAGGER}. */
    record Context(CharView view, int start, int end, NerClass tagged, float[] gaps, List<Span> others) {
    }

    static int[] extract(int groups, Context c, NameDictionary dict) {
        List<Integer> f = new ArrayList<>();
        if ((groups & BASE) != 0) base(f, c.view(), c.start(), c.end());
        if ((groups & DICT) != 0 && dict != null) dictionary(f, c.view().text.substring(c.start(), c.end()), dict);
        if ((groups & TAGGER) != 0) tagger(f, c);
        if ((groups & CHARS) != 0) chars(f, c.view().text, c.start(), c.end());
        if ((groups & PARTS) != 0 && dict != null) parts(f, c.view(), c.start(), c.end(), dict);
        if ((groups & PREDICATE) != 0) predicate(f, c.view(), c.start(), c.end());
        if ((groups & SENTENCE) != 0) sentence(f, c.view(), c.start(), c.end());
        if ((groups & TAGGED) != 0) add(f, 40, c.tagged().ordinal());
        if ((groups & OTHERS) != 0) others(f, c);
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

    private static void tagger(List<Integer> f, Context c) {
        int tagged = c.tagged().ordinal();
        add(f, 40, tagged);
        float[] g = c.gaps();
        int second = -1;
        for (int k = 0; k < g.length; k++) {
            add(f, 41, k * 16 + bin(g[k]));
            if (k != tagged && (second < 0 || g[k] > g[second])) second = k;
        }
        if (second >= 0) add(f, 42, (tagged * 16 + second) * 16 + bin(g[second] - g[tagged]));
    }

    private static void chars(List<Integer> f, String t, int a, int b) {
        for (int i = a; i + 1 < b; i++) add(f, 43, FeatureExtractor.str(t.substring(i, i + 2)));
        if (b - a >= 4) add(f, 44, FeatureExtractor.str(t.substring(b - 4, b)));
        if (b - a >= 3) add(f, 45, FeatureExtractor.str(t.substring(a, a + 3)));
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

    private static void others(List<Integer> f, Context c) {
        Span before = null;
        Span after = null;
        for (Span o : c.others()) {
            if (o.end() <= c.start()) {
                add(f, 53, o.type().ordinal());
                if (before == null || o.end() > before.end()) before = o;
            } else if (o.start() >= c.end()) {
                add(f, 53, o.type().ordinal());
                if (after == null || o.start() < after.start()) after = o;
            }
        }
        String t = c.view().text;
        if (before != null && c.start() - before.end() <= 3) {
            add(f, 54, FeatureExtractor.str(before.type().ordinal() + t.substring(before.end(), c.start())));
        }
        if (after != null && after.start() - c.end() <= 3) {
            add(f, 55, FeatureExtractor.str(after.type().ordinal() + t.substring(c.end(), after.start())));
        }
    }

    /** A coarse, roughly logarithmic bin of a score gap (≤ 0). */
    static int bin(float gap) {
        float d = -gap;
        if (d <= 0) return 0;
        if (d < 1) return 1;
        if (d < 2) return 2;
        if (d < 4) return 3;
        if (d < 8) return 4;
        if (d < 16) return 5;
        return 6;
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
