package dev.kiji.io;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How inputs are read.
 *
 * @param encoding charset forced on every input, or {@code null} to detect it per input
 * @param maxChars longest accepted article text in UTF-16 code units; longer articles become
 *                 {@code TOO_LARGE}, and files of more than {@code 4 * maxChars} bytes are rejected
 *                 without being read
 * @param include  glob patterns selecting the files read from directory arguments (empty = all);
 *                 a pattern without '/' matches the file name, one with '/' the path relative to the
 *                 directory argument. Files named directly on the command line are always read.
 */
public record ReadOptions(Charset encoding, int maxChars, List<String> include) {
    public static final int DEFAULT_MAX_CHARS = 4_000_000;

    public ReadOptions {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        include = include == null ? List.of() : List.copyOf(include);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_CHARS, List.of());
    }

    /** Largest input in bytes worth reading for a whole-file article. */
    long maxBytes() {
        return 4L * maxChars;
    }
}
