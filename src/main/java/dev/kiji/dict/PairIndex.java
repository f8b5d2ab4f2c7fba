package dev.kiji.dict;

/**
 * Open-addressing map from a two-char prefix to the range {@code [lo, hi)} of the sorted keys of
 * two or more chars that start with it. Immutable.
 */
final class PairIndex {
    private final int[] slotKey; // (c0 << 16 | c1) + 1; 0 = empty
    private final int[] slotLo;
    private final int[] slotHi;
    private final int mask;

    /** Indexes {@code keys} packed as in {@link NameDictionary}: key {@code i} is {@code keys[keyOff[i], keyOff[i + 1])}, sorted. */
    PairIndex(char[] keys, int[] keyOff) {
        int n = keyOff.length - 1;
        int distinct = 0;
        int prev = -1;
        for (int i = 0; i < n; i++) {
            int k = pairAt(keys, keyOff, i);
            if (k != 0 && k != prev) distinct++;
            if (k != 0) prev = k;
        }
        int cap = Integer.highestOneBit(Math.max(16, distinct * 2 - 1)) << 1;
        mask = cap - 1;
        slotKey = new int[cap];
        slotLo = new int[cap];
        slotHi = new int[cap];
        int i = 0;
        while (i < n) {
            int k = pairAt(keys, keyOff, i);
            if (k == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && pairAt(keys, keyOff, j) == k) j++;
            int s = slot(k);
            if (slotKey[s] == k) throw new IllegalArgumentException("keys not sorted");
            slotKey[s] = k;
            slotLo[s] = i;
            slotHi[s] = j;
            i = j;
        }
    }

    /** {@code lo << 32 | hi} of keys starting with {@code c0 c1}; an empty range when there are none. */
    long range(char c0, char c1) {
        int s = slot(((c0 << 16) | c1) + 1);
        if (slotKey[s] == 0) return 0;
        return ((long) slotLo[s] << 32) | (slotHi[s] & 0xffffffffL);
    }

    /** The slot holding {@code k}, or the empty slot where it would go. */
    private int slot(int k) {
        int h = k * 0x9E3779B9;
        int s = (h ^ (h >>> 16)) & mask;
        while (slotKey[s] != 0 && slotKey[s] != k) s = (s + 1) & mask;
        return s;
    }

    /** The packed first two chars of key {@code i} + 1, or 0 when it is shorter than two chars. */
    private static int pairAt(char[] keys, int[] keyOff, int i) {
        int off = keyOff[i];
        if (keyOff[i + 1] - off < 2) return 0;
        return ((keys[off] << 16) | keys[off + 1]) + 1;
    }
}
