package dev.kiji.ner;

/**
 * Read-only lookup of sparse weight rows by feature hash, laid out for few cache misses: one
 * open-addressing array holding each key next to the offset of its row, and one array holding
 * every row as {@code count, label, weightBits, label, weightBits, ...}. Immutable and thread-safe.
 */
final class WeightTable {
    private final int[] slots; // key, offset into data (pairs); key 0 = empty
    private final int mask;
    private final int[] data;

    WeightTable(int[] keys, int[] rowStart, byte[] rowLabel, float[] rowWeight) {
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        mask = cap - 1;
        slots = new int[2 * cap];
        data = new int[keys.length + 2 * rowWeight.length];
        int d = 0;
        for (int f = 0; f < keys.length; f++) {
            if (keys[f] == 0) throw new IllegalArgumentException("zero feature key");
            int i = spread(keys[f]) & mask;
            while (slots[2 * i] != 0 && slots[2 * i] != keys[f]) i = (i + 1) & mask;
            slots[2 * i] = keys[f];
            slots[2 * i + 1] = d;
            data[d++] = rowStart[f + 1] - rowStart[f];
            for (int j = rowStart[f]; j < rowStart[f + 1]; j++) {
                data[d++] = rowLabel[j];
                data[d++] = Float.floatToRawIntBits(rowWeight[j]);
            }
        }
    }

    /**
     * Adds the rows of features {@code feats} to {@code row} (indexed by label), in feature order
     * and row order, so float sums are identical to a plain row-by-row accumulation.
     */
    void accumulate(int[] feats, float[] row) {
        int[] s = slots;
        int[] dt = data;
        int n = feats.length;
        int[] found = new int[n];
        int nf = 0;
        for (int h : feats) { // all probes first: independent loads overlap
            int i = spread(h) & mask;
            int k;
            while ((k = s[2 * i]) != h && k != 0) i = (i + 1) & mask;
            if (k != 0) found[nf++] = s[2 * i + 1];
        }
        for (int f = 0; f < nf; f++) {
            int d = found[f];
            int end = d + 1 + 2 * dt[d];
            for (int j = d + 1; j < end; j += 2) row[dt[j]] += Float.intBitsToFloat(dt[j + 1]);
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
