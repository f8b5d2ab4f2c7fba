package dev.kiji.ner;

import java.util.Arrays;

/** Open-addressing map from non-zero int keys to int values (absent = -1). Not thread-safe for writes. */
final class IntIntMap {
    private int[] keys;
    private int[] vals;
    private int size;

    IntIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[cap];
        vals = new int[cap];
    }

    int size() {
        return size;
    }

    int get(int key) {
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (true) {
            int k = keys[i];
            if (k == key) return vals[i];
            if (k == 0) return -1;
            i = (i + 1) & mask;
        }
    }

    /** Value of key, inserting {@code size()} as its value when absent. */
    int getOrAdd(int key) {
        int v = get(key);
        if (v >= 0) return v;
        put(key, size);
        return size - 1;
    }

    void put(int key, int value) {
        if (key == 0) throw new IllegalArgumentException("zero key");
        if ((size + 1) * 2 > keys.length) rehash();
        int mask = keys.length - 1;
        int i = spread(key) & mask;
        while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == 0) size++;
        keys[i] = key;
        vals[i] = value;
    }

    private void rehash() {
        int[] ok = keys;
        int[] ov = vals;
        keys = new int[ok.length * 2];
        vals = new int[ok.length * 2];
        Arrays.fill(vals, 0);
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) put(ok[i], ov[i]);
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
