package dev.kiji.ner;

/**
 * Forward-backward over the BIOES lattice with exactly the constraints {@link Viterbi} decodes
 * under: allowed label pairs, allowed start and end labels, and no mention boundary at glued
 * positions. Scores are as in decoding: {@code trans[L * L + y0] + sum em[i][yi] +
 * sum trans[y(i-1) * L + yi]}. Works in scaled probability space (one normaliser per position),
 * so sentences of any length stay finite. An emission of negative infinity forbids that label.
 */
final class ForwardBackward {
    private static final int L = Bio.NUM_LABELS;
    /** Allowed predecessors of each label without and with the no-boundary constraint. */
    private static final int[][] PREDS = new int[L][];
    private static final int[][] GLUED_PREDS = new int[L][];

    static {
        for (int label = 0; label < L; label++) {
            int b = label;
            PREDS[b] = java.util.stream.IntStream.range(0, L).filter(a -> Bio.allowed(a, b)).toArray();
            GLUED_PREDS[b] = java.util.Arrays.stream(PREDS[b]).filter(a -> Bio.noBoundary(a, b)).toArray();
        }
    }

    private ForwardBackward() {
    }

    /**
     * Returns log Z and adds the label marginals to {@code marg} ({@code [n][L]}, overwritten) and
     * the expected transition counts (start row included) to {@code transExp}.
     *
     * @param glued may be null (no position glued)
     */
    static double run(double[][] em, double[] trans, boolean[] glued, double[][] marg, double[] transExp) {
        int n = em.length;
        if (n == 0) return 0;
        double[] t = new double[(L + 1) * L];
        for (int b = 0; b < L; b++) {
            for (int a : PREDS[b]) t[a * L + b] = Math.exp(trans[a * L + b]);
            if (Bio.allowed(-1, b)) t[L * L + b] = Math.exp(trans[L * L + b]);
        }
        double logZ = 0;
        double[][] e = new double[n][L];
        for (int i = 0; i < n; i++) {
            double m = Double.NEGATIVE_INFINITY;
            for (int b = 0; b < L; b++) m = Math.max(m, em[i][b]);
            for (int b = 0; b < L; b++) e[i][b] = Math.exp(em[i][b] - m);
            logZ += m;
        }
        double[][] alpha = new double[n][L];
        double[] c = new double[n];
        for (int b = 0; b < L; b++) alpha[0][b] = t[L * L + b] * e[0][b];
        c[0] = normalise(alpha[0]);
        for (int i = 1; i < n; i++) {
            int[][] preds = glued != null && glued[i] ? GLUED_PREDS : PREDS;
            for (int b = 0; b < L; b++) {
                double s = 0;
                for (int a : preds[b]) s += alpha[i - 1][a] * t[a * L + b];
                alpha[i][b] = s * e[i][b];
            }
            c[i] = normalise(alpha[i]);
        }
        double zEnd = 0;
        for (int b = 0; b < L; b++) {
            if (Bio.allowedEnd(b)) zEnd += alpha[n - 1][b];
        }
        for (int i = 0; i < n; i++) logZ += Math.log(c[i]);
        logZ += Math.log(zEnd);
        double[][] beta = new double[n][L];
        for (int b = 0; b < L; b++) beta[n - 1][b] = Bio.allowedEnd(b) ? 1 : 0;
        double[] w = new double[L];
        for (int i = n - 2; i >= 0; i--) {
            int[][] preds = glued != null && glued[i + 1] ? GLUED_PREDS : PREDS;
            for (int b = 0; b < L; b++) w[b] = e[i + 1][b] * beta[i + 1][b] / c[i + 1];
            for (int b = 0; b < L; b++) {
                for (int a : preds[b]) beta[i][a] += t[a * L + b] * w[b];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < L; b++) marg[i][b] = alpha[i][b] * beta[i][b] / zEnd;
        }
        for (int b = 0; b < L; b++) transExp[L * L + b] += marg[0][b];
        for (int i = 1; i < n; i++) {
            int[][] preds = glued != null && glued[i] ? GLUED_PREDS : PREDS;
            double k = 1 / (c[i] * zEnd);
            for (int b = 0; b < L; b++) {
                double w2 = e[i][b] * beta[i][b] * k;
                if (w2 == 0) continue;
                for (int a : preds[b]) transExp[a * L + b] += alpha[i - 1][a] * t[a * L + b] * w2;
            }
        }
        return logZ;
    }

    private static double normalise(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        for (int i = 0; i < v.length; i++) v[i] /= s;
        return s;
    }
}
