package dev.kiji.dict;

import java.util.Objects;

/** A dictionary hit {@code [start, end)} in the text that was searched. */
public record NameMatch(int start, int end, NameEntry entry) {
    public NameMatch {
        Objects.requireNonNull(entry, "entry");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad match [" + start + ", " + end + ")");
    }
}
