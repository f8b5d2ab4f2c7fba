package dev.kiji.io;

/** Whitespace test covering Unicode spaces (U+3000, U+00A0) and stray byte-order marks. */
final class Blank {
    private Blank() {
    }

    static boolean is(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
