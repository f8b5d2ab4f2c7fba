package dev.kiji.ner;

/**
 * First-order Viterbi decoding over BIO labels with the BIO constraints enforced. Only the
 * allowed predecessors of each label are visited (about a third of all label pairs for BIOES), in
 * increasing label order so ties resolve exactly as in a full scan.
 */
final class Viterbi {
    private static final float NEG = -1e30f;
    /** Relative and absolute slack on the lead test, far above float rounding of the path scores. */
    private static final float MARGIN = 1e-3f;
    private static final Transitions BIOES = new Transitions(Bio.NUM_LABELS);

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
        return decode(em, new Prepared(trans, numLabels), noBoundary);
    }

    /** As {@link #decode(float[][], float[], int, boolean[])} with transitions prepared once. */
    static int[] decode(float[][] em, Prepared prepared, boolean[] noBoundary) {
        int n = em.length;
        int[] y = new int[n];
        if (n == 0) return y;
        int l = prepared.numLabels;
        float[] trans = prepared.trans;
        Transitions t = prepared.t;
        float[][] predTrans = prepared.plain;
        float[][] gluedTrans = prepared.glued;
        float[] score = new float[n * l]; // best score of a path ending in label b at position i
        for (int b = 0; b < l; b++) score[b] = Bio.allowed(-1, b) ? trans[l * l + b] + em[0][b] : NEG;
        float[] gathered = new float[l];
        for (int i = 1; i < n; i++) {
            Groups g = noBoundary != null && noBoundary[i] ? prepared.gluedGroups : prepared.plainGroups;
            float[] e = em[i];
            int prev = (i - 1) * l;
            int row = i * l;
            for (int q = 0; q < g.preds.length; q++) { // maxima only, branch-free: back pointers are recovered below
                int[] pa = g.preds[q];
                int m = pa.length;
                float top = NEG;
                float second = NEG;
                int topK = 0;
                for (int k = 0; k < m; k++) {
                    float v = score[prev + pa[k]];
                    gathered[k] = v;
                    if (v > top) {
                        second = top;
                        top = v;
                        topK = k;
                    } else if (v > second) {
                        second = v;
                    }
                }
                int[] targets = g.targets[q];
                if (top - second > g.spread[q] + MARGIN * Math.abs(top) + MARGIN) {
                    // the leading predecessor is ahead by more than any transition can make up: it is every
                    // target's best, so its sum is the maximum the full scan below would find (same float sums)
                    for (int x = 0; x < targets.length; x++) {
                        score[row + targets[x]] = top + g.scores[q][x][topK] + e[targets[x]];
                    }
                    continue;
                }
                for (int x = 0; x < targets.length; x++) {
                    float[] pt = g.scores[q][x];
                    float best = NEG;
                    for (int k = 0; k < m; k++) {
                        float v = gathered[k] + pt[k];
                        best = v > best ? v : best;
                    }
                    score[row + targets[x]] = best + e[targets[x]];
                }
            }
        }
        int last = (n - 1) * l;
        int arg = 0;
        for (int b = 1; b < l; b++) {
            if (Bio.allowedEnd(b) && score[last + b] > score[last + arg]) arg = b;
        }
        for (int i = n - 1; i > 0; i--) {
            y[i] = arg;
            boolean glued = noBoundary != null && noBoundary[i];
            int[] pa = (glued ? t.gluedPreds : t.preds)[arg];
            float[] pt = (glued ? gluedTrans : predTrans)[arg];
            arg = bestPredecessor(score, (i - 1) * l, pa, pt);
        }
        y[0] = arg;
        return y;
    }

    /** The first predecessor (in increasing label order) with the strictly best score, as a full scan would pick. */
    private static int bestPredecessor(float[] score, int prev, int[] pa, float[] pt) {
        float best = NEG;
        int arg = 0;
        for (int k = 0; k < pa.length; k++) {
            float v = score[prev + pa[k]] + pt[k];
            if (v > best) {
                best = v;
                arg = pa[k];
            }
        }
        return arg;
    }

    /**
     * A transition matrix laid out by predecessor lists, for decoding many sequences with the same
     * (no longer changing) transition scores.
     */
    static final class Prepared {
        private final float[] trans;
        private final int numLabels;
        private final Transitions t;
        private final float[][] plain;
        private final float[][] glued;
        private final Groups plainGroups;
        private final Groups gluedGroups;

        Prepared(float[] trans, int numLabels) {
            this.trans = trans;
            this.numLabels = numLabels;
            this.t = transitions(numLabels);
            this.plain = t.scores(t.preds, trans);
            this.glued = t.scores(t.gluedPreds, trans);
            this.plainGroups = Groups.of(t.preds, trans, numLabels);
            this.gluedGroups = Groups.of(t.gluedPreds, trans, numLabels);
        }
    }

    /**
     * Labels grouped by identical predecessor lists (with BIOES: every B-, S- and the O label share
     * one list of 17), so that a position gathers those predecessors' scores once per group; {@code
     * spread} bounds how much a group's transitions can reorder its predecessors.
     */
    private record Groups(int[][] preds, int[][] targets, float[][][] scores, float[] spread) {
        static Groups of(int[][] predsOfLabel, float[] trans, int l) {
            java.util.Map<java.util.List<Integer>, java.util.List<Integer>> byPreds = new java.util.LinkedHashMap<>();
            for (int b = 0; b < l; b++) {
                java.util.List<Integer> key = java.util.Arrays.stream(predsOfLabel[b]).boxed().toList();
                byPreds.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(b);
            }
            int g = byPreds.size();
            int[][] preds = new int[g][];
            int[][] targets = new int[g][];
            float[][][] scores = new float[g][][];
            int q = 0;
            for (var e : byPreds.entrySet()) {
                preds[q] = e.getKey().stream().mapToInt(Integer::intValue).toArray();
                targets[q] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                scores[q] = new float[targets[q].length][preds[q].length];
                for (int t = 0; t < targets[q].length; t++) {
                    for (int k = 0; k < preds[q].length; k++) scores[q][t][k] = trans[preds[q][k] * l + targets[q][t]];
                }
                q++;
            }
            float[] spread = new float[g]; // per group: the widest range of one target's transition scores
            for (int k = 0; k < g; k++) {
                for (float[] row : scores[k]) {
                    float lo = Float.MAX_VALUE;
                    float hi = -Float.MAX_VALUE;
                    for (float v : row) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                    spread[k] = Math.max(spread[k], hi - lo);
                }
            }
            return new Groups(preds, targets, scores, spread);
        }
    }

    private static Transitions transitions(int l) {
        return l == BIOES.numLabels ? BIOES : new Transitions(l);
    }

    /** Allowed predecessors of every label, in increasing order, without and with the no-boundary constraint. */
    private static final class Transitions {
        final int numLabels;
        final int[][] preds;
        final int[][] gluedPreds;

        Transitions(int l) {
            numLabels = l;
            preds = new int[l][];
            gluedPreds = new int[l][];
            for (int b = 0; b < l; b++) {
                int[] all = new int[l];
                int[] glued = new int[l];
                int na = 0;
                int ng = 0;
                for (int a = 0; a < l; a++) {
                    if (!Bio.allowed(a, b)) continue;
                    all[na++] = a;
                    if (Bio.noBoundary(a, b)) glued[ng++] = a;
                }
                preds[b] = java.util.Arrays.copyOf(all, na);
                gluedPreds[b] = java.util.Arrays.copyOf(glued, ng);
            }
        }

        /** {@code trans[a * L + b]} for every predecessor {@code a} of every label {@code b}, in the order of {@code p}. */
        float[][] scores(int[][] p, float[] trans) {
            float[][] out = new float[numLabels][];
            for (int b = 0; b < numLabels; b++) {
                out[b] = new float[p[b].length];
                for (int k = 0; k < p[b].length; k++) out[b][k] = trans[p[b][k] * numLabels + b];
            }
            return out;
        }
    }
}
