package dev.kiji.ner;

import java.util.Objects;

/** A typed half-open range {@code [start, end)} in some text (which text is up to the holder). */
public record Span(int start, int end, NerClass type) implements Comparable<Span> {
    public Span {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
