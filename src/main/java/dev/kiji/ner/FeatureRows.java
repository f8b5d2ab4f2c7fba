package dev.kiji.ner;

import java.util.Arrays;

/**
 * The feature hashes of every character of a sentence in one flat array: row {@code i} is
 * {@code flat[start[i], start[i + 1])}. One allocation per sentence instead of one per character.
 */
record FeatureRows(int[] flat, int[] start) {
    int rows() {
        return start.length - 1;
    }

    int length(int row) {
        return start[row + 1] - start[row];
    }

    static FeatureRows of(int[][] rows) {
        int[] start = new int[rows.length + 1];
        for (int i = 0; i < rows.length; i++) start[i + 1] = start[i] + rows[i].length;
        int[] flat = new int[start[rows.length]];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, flat, start[i], rows[i].length);
        return new FeatureRows(flat, start);
    }

    int[][] toArrays() {
        int[][] out = new int[rows()][];
        for (int i = 0; i < out.length; i++) out[i] = Arrays.copyOfRange(flat, start[i], start[i + 1]);
        return out;
    }
}
