package dev.kiji.io;

/**
 * How records are written.
 *
 * @param pretty  indent each record over several lines (for humans) instead of one line each
 * @param tokens  include the token layer
 * @param offsets unit of all offsets
 */
public record OutputOptions(boolean pretty, boolean tokens, OffsetUnit offsets) {
    public static OutputOptions defaults() {
        return new OutputOptions(false, false, OffsetUnit.CODEPOINT);
    }
}
