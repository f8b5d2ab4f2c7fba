package dev.kiji.normalize;

import java.text.Normalizer.Form;

/** NFKC folding of one character cluster, cached for BMP characters without marks. */
final class Folding {
    private static final String[] BMP_CACHE = new String[0x10000];

    private Folding() {
    }

    static String fold(String text, int start, int end) {
        if (end - start == 1) {
            char c = text.charAt(start);
            String cached = BMP_CACHE[c];
            if (cached == null) {
                cached = java.text.Normalizer.normalize(String.valueOf(c), Form.NFKC);
                BMP_CACHE[c] = cached;
            }
            return cached;
        }
        return java.text.Normalizer.normalize(text.substring(start, end), Form.NFKC);
    }

    /** Combining marks, including the half-width katakana (semi-)voiced sound marks. */
    static boolean isCombining(int cp) {
        if (cp == 0xFF9E || cp == 0xFF9F || cp == 0x3099 || cp == 0x309A) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
