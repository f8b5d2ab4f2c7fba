package dev.kiji.ner;

/**
 * Read-only lookup of weight rows by feature hash, laid out for few cache misses and vectorizable
 * adds: the keys alone in one open-addressing array with 4-8 slots per key (about half of all
 * lookups are misses, resolved at the home slot almost always; 16 keys per cache line), the location
 * of each key's row in a parallel array read only on a hit (ninth session: about 5% less tagging time than
 * keys and locations interleaved at a quarter full); short rows
 * are stored sparsely as {@code count, label, weightBits, label, weightBits, ...} in one int array,
 * long rows (at least {@link #DENSE_MIN} labels: the frequent features) densely, one float per
 * label, in a float array. Immutable and thread-safe.
 */
final class WeightTable {
    /** Rows with at least this many non-zero labels are stored densely (4 measured fastest of 3-34 with column-wise adds). */
    static final int DENSE_MIN = 4;

    private final int[] slotKeys; // key 0 = empty
    private final int[] slotLocs; // location of the key's row (>= 0: offset into sparse; < 0: ~(dense row index))
    private final int mask;
    private final int[] sparse;
    private final float[][] dense; // one array per row: same-index adds, which the JIT vectorizes
    private final int numLabels;

    WeightTable(int numLabels, int[] keys, int[] rowStart, byte[] rowLabel, float[] rowWeight) {
        this.numLabels = numLabels;
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 2;
        mask = cap - 1;
        slotKeys = new int[cap];
        slotLocs = new int[cap];
        int denseRows = 0;
        int sparseInts = 0;
        for (int f = 0; f < keys.length; f++) {
            int count = rowStart[f + 1] - rowStart[f];
            if (count >= DENSE_MIN) denseRows++;
            else sparseInts += 1 + 2 * count;
        }
        sparse = new int[sparseInts];
        dense = new float[denseRows][numLabels];
        int d = 0;
        int r = 0;
        for (int f = 0; f < keys.length; f++) {
            if (keys[f] == 0) throw new IllegalArgumentException("zero feature key");
            int i = spread(keys[f]) & mask;
            while (slotKeys[i] != 0 && slotKeys[i] != keys[f]) i = (i + 1) & mask;
            slotKeys[i] = keys[f];
            int count = rowStart[f + 1] - rowStart[f];
            if (count >= DENSE_MIN) {
                slotLocs[i] = ~r;
                for (int j = rowStart[f]; j < rowStart[f + 1]; j++) dense[r][rowLabel[j]] = rowWeight[j];
                r++;
            } else {
                slotLocs[i] = d;
                sparse[d++] = count;
                for (int j = rowStart[f]; j < rowStart[f + 1]; j++) {
                    sparse[d++] = rowLabel[j];
                    sparse[d++] = Float.floatToRawIntBits(rowWeight[j]);
                }
            }
        }
    }

    /**
     * Emission scores {@code [n][numLabels]}: row {@code i} is the sum of the weight rows of
     * row {@code i} of {@code rows}, added in feature order so every label's float sum is identical to a plain
     * row-by-row accumulation (a dense row adds 0 for its absent labels, which changes no sum).
     *
     * <p>Lookups are done for the whole sentence in passes so that cache misses overlap: first every
     * feature's home slot is read without branching on it, then probes are resolved (their cache
     * lines are loaded by now), and only then are the rows added up. The adds go
     * column by column: feature {@code j} of every character, then {@code j + 1}: the first features
     * of every character come from the same templates in the same order, so consecutive adds take
     * the same branches (absent, dense or sparse row), which a row-by-row order kept mispredicting
     * (a fifth less time in isolation). Each character's sums still add its features in their order.
     */
    float[][] emissions(FeatureRows rows) {
        return addTo(new float[rows.rows()][numLabels], rows);
    }

    /** Adds the rows of {@code keys}, in order, to {@code row} (absent keys add nothing); returns {@code row}. */
    float[] sum(int[] keys, float[] row) {
        float[][] one = addTo(new float[][] {row}, new FeatureRows(keys, new int[] {0, keys.length}));
        return one[0];
    }

    /** Adds each character's weight rows to its row of {@code em} (see {@link #emissions}); returns {@code em}. */
    float[][] addTo(float[][] em, FeatureRows rows) {
        int n = rows.rows();
        int[] flat = rows.flat();
        int total = flat.length;
        int[] slot = new int[total];
        int[] seen = new int[total];
        int[] s = slotKeys;
        int m = mask;
        for (int p = 0; p < total; p++) {
            int i = spread(flat[p]) & m;
            slot[p] = i;
            seen[p] = s[i]; // no branch on the loaded key: loads of many features overlap
        }
        int[] loc = slot; // reused: location of each feature's row, or MISSING
        for (int j = 0; j < total; j++) {
            int h = flat[j];
            int i = slot[j];
            int k = seen[j];
            while (k != h && k != 0) {
                i = (i + 1) & m;
                k = s[i];
            }
            loc[j] = k == 0 ? MISSING : slotLocs[i];
        }
        int l = numLabels;
        int[] sp = sparse;
        float[][] dn = dense;
        int[] start = rows.start();
        int common = n == 0 ? 0 : Integer.MAX_VALUE; // every character has at least this many features (its fixed templates)
        for (int c = 0; c < n; c++) common = Math.min(common, start[c + 1] - start[c]);
        for (int j = 0; j < common; j++) { // feature j of every character: one template, so one branch pattern
            for (int c = 0; c < n; c++) {
                int d = loc[start[c] + j];
                if (d == MISSING) continue;
                float[] row = em[c];
                if (d < 0) {
                    float[] w = dn[~d];
                    for (int b = 0; b < l; b++) row[b] += w[b];
                } else {
                    for (int q = d + 1, e = d + 1 + 2 * sp[d]; q < e; q += 2) row[sp[q]] += Float.intBitsToFloat(sp[q + 1]);
                }
            }
        }
        for (int c = 0; c < n; c++) { // the characters' remaining (dictionary) features
            float[] row = em[c];
            for (int p = start[c] + common; p < start[c + 1]; p++) {
                int d = loc[p];
                if (d == MISSING) continue;
                if (d < 0) {
                    float[] w = dn[~d];
                    for (int b = 0; b < l; b++) row[b] += w[b];
                } else {
                    for (int q = d + 1, e = d + 1 + 2 * sp[d]; q < e; q += 2) row[sp[q]] += Float.intBitsToFloat(sp[q + 1]);
                }
            }
        }
        return em;
    }

    private static final int MISSING = Integer.MIN_VALUE;

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
