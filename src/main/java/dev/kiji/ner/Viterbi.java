package dev.kiji.ner;

/** First-order Viterbi decoding over BIO labels with the BIO constraints enforced. */
final class Viterbi {
    private static final float NEG = -1e30f;

    private Viterbi() {
    }

    /**
     * Best label sequence.
     *
     * @param em    emission scores {@code [n][L]}
     * @param trans transition scores {@code [(L + 1) * L]}; row {@code L} holds start scores
     */
    static int[] decode(float[][] em, float[] trans, int numLabels) {
        return decode(em, trans, numLabels, null);
    }

    /**
     * Best label sequence where, for every {@code i} with {@code noBoundary[i]}, no mention starts
     * or ends between characters {@code i - 1} and {@code i}.
     */
    static int[] decode(float[][] em, float[] trans, int numLabels, boolean[] noBoundary) {
        int n = em.length;
        int[] y = new int[n];
        if (n == 0) return y;
        int l = numLabels;
        float[] score = new float[l];
        float[] next = new float[l];
        int[][] back = new int[n][l];
        for (int b = 0; b < l; b++) score[b] = Bio.allowed(-1, b) ? trans[l * l + b] + em[0][b] : NEG;
        for (int i = 1; i < n; i++) {
            for (int b = 0; b < l; b++) {
                float best = NEG;
                int arg = 0;
                boolean glued = noBoundary != null && noBoundary[i];
                for (int a = 0; a < l; a++) {
                    if (!Bio.allowed(a, b) || (glued && !Bio.noBoundary(a, b))) continue;
                    float s = score[a] + trans[a * l + b];
                    if (s > best) {
                        best = s;
                        arg = a;
                    }
                }
                next[b] = best + em[i][b];
                back[i][b] = arg;
            }
            float[] tmp = score;
            score = next;
            next = tmp;
        }
        int arg = 0;
        for (int b = 1; b < l; b++) {
            if (Bio.allowedEnd(b) && score[b] > score[arg]) arg = b;
        }
        for (int i = n - 1; i >= 0; i--) {
            y[i] = arg;
            arg = back[i][arg];
        }
        return y;
    }
}
