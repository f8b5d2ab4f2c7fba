package dev.kiji.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weights of a linear classifier over hashed binary features: one row of {@code width} output
 * scores per feature hash. Immutable; written sorted by hash, so output is deterministic.
 */
final class LinearRows {
    private final int width;
    private final int[] keys;
    private final float[][] rows;
    /** Feature hash → row index, for lookup without boxing. */
    private final IntIntMap index;

    LinearRows(int width, Map<Integer, float[]> weights) {
        this.width = width;
        TreeMap<Integer, float[]> sorted = new TreeMap<>(weights);
        this.keys = new int[sorted.size()];
        this.rows = new float[sorted.size()][];
        this.index = new IntIntMap(sorted.size());
        int r = 0;
        for (Map.Entry<Integer, float[]> e : sorted.entrySet()) {
            if (e.getValue().length != width) throw new IllegalArgumentException("row width " + e.getValue().length);
            keys[r] = e.getKey();
            rows[r] = e.getValue();
            index.put(e.getKey(), r++);
        }
    }

    int width() {
        return width;
    }

    int size() {
        return rows.length;
    }

    /** Sum of the rows of {@code features} (unknown hashes count zero). */
    float[] scores(int[] features) {
        float[] s = new float[width];
        for (int h : features) {
            int r = index.get(h);
            if (r < 0) continue;
            float[] w = rows[r];
            for (int k = 0; k < width; k++) s[k] += w[k];
        }
        return s;
    }

    /** Row count, then every row as hash and {@code width} floats. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(rows.length);
        for (int r = 0; r < rows.length; r++) {
            out.writeInt(keys[r]);
            for (float x : rows[r]) out.writeFloat(x);
        }
    }

    static LinearRows read(DataInputStream in, int width) throws IOException {
        int n = in.readInt();
        if (n < 0) throw new IOException("corrupt span model: " + n + " rows");
        Map<Integer, float[]> w = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int k = in.readInt();
            float[] r = new float[width];
            for (int j = 0; j < width; j++) r[j] = in.readFloat();
            w.put(k, r);
        }
        return new LinearRows(width, w);
    }
}
