package dev.kiji.ner;

/**
 * The character tagger's own opinion of a span's class: for every class, the path score of
 * labelling exactly the span's characters as one mention of that class (B, I…, E or S emissions
 * plus the transitions inside the span). The class the tagger decoded has the highest score unless
 * a post-pass moved the boundaries; the gaps to it say how sure the tagger was. Work is
 * proportional to the span's length, not the sentence's.
 */
final class SpanScores {
    private static final int K = NerClass.values().length;
    private static final int L = Bio.NUM_LABELS;

    private SpanScores() {
    }

    /** Scores per class (by ordinal) for view characters {@code [a, b)} of a decoded sentence. */
    static float[] of(NerTagger.Decoded d, int a, int b) {
        return of(d.emissions(), d.trans(), d.labels(), a, b);
    }

    /**
     * Scores per class (by ordinal) for characters {@code [a, b)}: emissions and transitions inside
     * the span, plus the transitions from and to the decoded labels next to it where those allow the
     * span as a mention (the sentence start counts as a start transition).
     *
     * @param em     the sentence's emission scores {@code [n][L]}
     * @param trans  the tagger's transition scores {@code [(L + 1) * L]}, row {@code L} the start scores
     * @param labels the decoded labels of the sentence
     */
    static float[] of(float[][] em, float[] trans, int[] labels, int a, int b) {
        float[] out = new float[K];
        for (int k = 0; k < K; k++) {
            int base = 1 + 4 * k; // B; I = base + 1, E = base + 2, S = base + 3
            int first = b - a == 1 ? base + 3 : base;
            int last = b - a == 1 ? base + 3 : base + 2;
            float s = em[a][first];
            int prev = first;
            for (int i = a + 1; i < b; i++) {
                int y = i == b - 1 ? last : base + 1;
                s += em[i][y] + trans[prev * L + y];
                prev = y;
            }
            if (a == 0) s += trans[L * L + first];
            else if (Bio.allowed(labels[a - 1], first)) s += trans[labels[a - 1] * L + first];
            if (b < labels.length && Bio.allowed(last, labels[b])) s += trans[last * L + labels[b]];
            out[k] = s;
        }
        return out;
    }

    /** {@code scores} shifted so that the best is 0 and the others are negative gaps. */
    static float[] gaps(float[] scores) {
        float best = Float.NEGATIVE_INFINITY;
        for (float x : scores) best = Math.max(best, x);
        float[] out = new float[scores.length];
        for (int k = 0; k < scores.length; k++) out[k] = scores[k] - best;
        return out;
    }
}
