package dev.kiji.doc;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text folded for matching (width, entities, whitespace) with an exact map back to the original.
 *
 * <p>For every UTF-16 index {@code i} of {@link #text()}, {@code [originalStart(i), originalEnd(i))}
 * is the range of the original text that produced that unit. A normalized span maps back to the
 * original span from the start of its first unit to the end of its last one.
 */
public final class NormalizedText {
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    public NormalizedText(String text, int[] origStart, int[] origEnd) {
        this.text = Objects.requireNonNull(text, "text");
        if (origStart.length != text.length() || origEnd.length != text.length()) {
            throw new IllegalArgumentException("offset map length differs from text length");
        }
        this.origStart = origStart.clone();
        this.origEnd = origEnd.clone();
    }

    /** Identity normalization: the text maps to itself unit for unit. */
    public static NormalizedText identity(String text) {
        int n = text.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new NormalizedText(text, s, e);
    }

    public String text() {
        return text;
    }

    public int originalStart(int index) {
        return origStart[index];
    }

    public int originalEnd(int index) {
        return origEnd[index];
    }

    /** Maps {@code [start, end)} of the normalized text to the original text. */
    public CharSpan toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + text.length());
        }
        if (start == end) {
            int at = start < text.length() ? origStart[start] : (text.isEmpty() ? 0 : origEnd[text.length() - 1]);
            return new CharSpan(at, at);
        }
        return new CharSpan(origStart[start], origEnd[end - 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText n && text.equals(n.text)
                && Arrays.equals(origStart, n.origStart) && Arrays.equals(origEnd, n.origEnd);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
