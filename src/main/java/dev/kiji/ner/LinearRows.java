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
        this(width, new TreeMap<>(weights).keySet().stream().mapToInt(Integer::intValue).toArray(), weights);
    }

    private LinearRows(int width, int[] sortedKeys, Map<Integer, float[]> weights) {
        this(width, sortedKeys, java.util.Arrays.stream(sortedKeys).mapToObj(weights::get).toArray(float[][]::new));
    }

    /** Rows {@code rows[i]} for hashes {@code keys[i]}, which must be strictly increasing. */
    private LinearRows(int width, int[] keys, float[][] rows) {
        this.width = width;
        this.keys = keys;
        this.rows = rows;
        this.index = new IntIntMap(keys.length);
        for (int r = 0; r < keys.length; r++) {
            if (rows[r].length != width) throw new IllegalArgumentException("row width " + rows[r].length);
            if (r > 0 && keys[r] <= keys[r - 1]) throw new IllegalArgumentException("hashes not increasing");
            index.put(keys[r], r);
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
        int[] keys = new int[n];
        float[][] rows = new float[n][width];
        for (int i = 0; i < n; i++) {
            keys[i] = in.readInt();
            for (int j = 0; j < width; j++) rows[i][j] = in.readFloat();
        }
        try {
            return new LinearRows(width, keys, rows);
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt span model: " + e.getMessage(), e);
        }
    }
}
