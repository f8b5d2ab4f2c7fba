package dev.kiji.ner;

/** Coarse script class of a character, a strong cue for Japanese name boundaries. */
final class CharClass {
    static final int BOS = 1;
    static final int EOS = 2;
    /** Kanji, 々 and 〆. */
    static final int KANJI = 7;

    private CharClass() {
    }

    static int of(char c) {
        if (c == '・') return 3;
        if (c == 'ー') return 4;
        if (c >= 'ぁ' && c <= 'ゟ') return 5;
        if (c >= 'ァ' && c <= 'ヿ') return 6;
        if ((c >= '一' && c <= '鿿') || c == '々' || c == '〆' || (c >= '㐀' && c <= '䶿')) return KANJI;
        if (c >= 'A' && c <= 'Z') return 8;
        if (c >= 'a' && c <= 'z') return 9;
        if (c >= '0' && c <= '9') return 10;
        if (Character.isWhitespace(c)) return 11;
        if (c == '「' || c == '」' || c == '『' || c == '』' || c == '(' || c == ')' || c == '“' || c == '”') return 12;
        if (Character.isLetter(c)) return 13;
        return 14;
    }

    /** Compressed class pattern of a string, e.g. {@code 株式会社ABC → K A}, as a hash. */
    static long shape(String s) {
        long h = 17;
        int prev = -1;
        for (int i = 0; i < s.length(); i++) {
            int c = of(s.charAt(i));
            if (c != prev) h = h * 31 + c;
            prev = c;
        }
        return h;
    }
}
