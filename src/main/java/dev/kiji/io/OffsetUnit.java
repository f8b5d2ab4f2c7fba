package dev.kiji.io;

/** The unit of offsets in the JSON output. */
public enum OffsetUnit {
    /** Unicode code points: what Python and most consumers index strings by (the default). */
    CODEPOINT,
    /** UTF-16 code units: what Java and JavaScript index strings by. */
    UTF16
}
