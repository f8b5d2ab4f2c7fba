package dev.kiji.doc;

/** Codes of error records. Names are part of the JSON contract: never rename. */
public enum ErrorCode {
    /** The bytes are not text in any supported encoding (binary, or too many invalid sequences). */
    UNDECODABLE,
    /** No text after decoding and extraction (empty file, blank body, whitespace only). */
    EMPTY,
    /** The text is neither Japanese nor English. */
    UNSUPPORTED_LANGUAGE,
    /** The article is longer than {@code --max-chars}. */
    TOO_LARGE,
    /** A JSON Lines record that is not a JSON object of the expected shape. */
    MALFORMED_RECORD,
    /** The input could not be read (permissions, I/O error). */
    UNREADABLE,
    /** A bug: a stage failed unexpectedly. The message names the stage. */
    INTERNAL
}
