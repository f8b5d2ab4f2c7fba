package dev.kiji.io;

/** Converts internal UTF-16 offsets of one text to the output {@link OffsetUnit}. */
public final class OffsetConverter {
    private final int[] codePointAt;

    private OffsetConverter(int[] codePointAt) {
        this.codePointAt = codePointAt;
    }

    public static OffsetConverter of(String text, OffsetUnit unit) {
        if (unit == OffsetUnit.UTF16 || !hasSurrogates(text)) {
            return new OffsetConverter(null);
        }
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        map[text.length()] = cp;
        return new OffsetConverter(map);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The output offset of UTF-16 index {@code utf16}. */
    public int convert(int utf16) {
        return codePointAt == null ? utf16 : codePointAt[utf16];
    }
}
