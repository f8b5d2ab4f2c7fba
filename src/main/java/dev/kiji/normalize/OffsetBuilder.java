package dev.kiji.normalize;

import dev.kiji.doc.NormalizedText;
import java.util.Arrays;

/** Accumulates normalized text together with each unit's original range. */
final class OffsetBuilder {
    private final StringBuilder text;
    private int[] start;
    private int[] end;

    OffsetBuilder(int capacity) {
        text = new StringBuilder(capacity);
        start = new int[Math.max(16, capacity)];
        end = new int[start.length];
    }

    void append(char c, int origStart, int origEnd) {
        ensure(1);
        int k = text.length();
        start[k] = origStart;
        end[k] = origEnd;
        text.append(c);
    }

    void append(String s, int origStart, int origEnd) {
        ensure(s.length());
        for (int k = 0; k < s.length(); k++) {
            int at = text.length();
            start[at] = origStart;
            end[at] = origEnd;
            text.append(s.charAt(k));
        }
    }

    private void ensure(int more) {
        int need = text.length() + more;
        if (need > start.length) {
            int cap = Math.max(need, start.length * 2);
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
        }
    }

    NormalizedText build() {
        int n = text.length();
        return new NormalizedText(text.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n));
    }
}
