package dev.kiji.doc;

/**
 * A half-open character range {@code [start, end)} into {@link Document#text()}.
 *
 * <p>Unit: UTF-16 code units, i.e. Java {@code String} indices. This is the single internal
 * offset unit of kiji; the writer converts to code points (the default) or keeps UTF-16 for
 * output. Token indices are never stored in a {@code CharSpan}.
 */
public record CharSpan(int start, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(CharSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}. */
    public String slice(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(CharSpan o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }
}
