package dev.kiji.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;

/**
 * How much a decoded text looks like Japanese or English prose: the share of its non-space
 * characters that are ASCII, hiragana, katakana, CJK punctuation, full-width forms or common
 * (JIS level 1) kanji; other kanji count half. Half-width katakana and rare symbols, which appear
 * when EUC-JP bytes are read as Shift_JIS, count nothing.
 */
final class Plausibility {
    private static final int SAMPLE_CHARS = 20_000;

    private Plausibility() {
    }

    static double score(CharSequence s) {
        CharsetEncoder euc = TextDecoder.EUC_JP.newEncoder();
        ByteBuffer buf = ByteBuffer.allocate(8);
        double good = 0;
        int n = 0;
        for (int i = 0; i < s.length() && n < SAMPLE_CHARS; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            n++;
            if (c < 0x80 || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF01 && c <= 0xFF5E)) {
                good += 1;
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                good += isLevel1Kanji(euc, buf, c) ? 1 : 0.5;
            }
        }
        return n == 0 ? 0 : good / n;
    }

    /** JIS X 0208 rows 16-47 hold the 2,965 common (level 1) kanji. */
    private static boolean isLevel1Kanji(CharsetEncoder euc, ByteBuffer buf, char c) {
        buf.clear();
        euc.reset();
        if (euc.encode(CharBuffer.wrap(new char[] {c}), buf, true).isError() || buf.position() != 2) {
            return false;
        }
        int row = (buf.get(0) & 0xFF) - 0xA0;
        return row >= 16 && row <= 47;
    }
}
