package dev.kiji.segment;

/** Character classes shared by the rule-based sentence splitter. */
public final class TextChars {
    private TextChars() {
    }

    /**
     * Whitespace of any kind: ASCII, no-break, ideographic (U+3000), line and paragraph separators,
     * and the byte-order mark, which the normalizer also folds into whitespace.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || isLineBreak(c);
    }

    /** Characters that always end a sentence, whatever brackets are open. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** Sentence-final punctuation, full and half width; ASCII '.' is only a candidate (see splitter). */
    static boolean isTerminator(char c) {
        return switch (c) {
            case '。', '｡', '．', '！', '？', '!', '?', '.', '‼', '⁇', '⁈', '⁉' -> true;
            default -> false;
        };
    }

    /** Closing brackets and quotes that stay with the sentence they follow (e.g. 。」). */
    static boolean isTrailingCloser(char c) {
        return closerIndex(c) >= 0 || switch (c) {
            case '"', '\'', '”', '’', '»', '〟' -> true;
            default -> false;
        };
    }

    private static final String OPENERS = "「『（(【〔［[〈《";
    private static final String CLOSERS = "」』）)】〕］]〉》";

    /** Index of the bracket kind {@code c} opens, or -1. */
    static int openerIndex(char c) {
        return OPENERS.indexOf(c);
    }

    /** Index of the bracket kind {@code c} closes, or -1. */
    static int closerIndex(char c) {
        return CLOSERS.indexOf(c);
    }
}
