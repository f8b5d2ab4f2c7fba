package dev.kiji.link.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalized lookup key of a name: NFKC (full-width and half-width variants fold together),
 * case-folded, Latin diacritics removed, and separators that vary between spellings dropped
 * (spaces, ・, ＝, hyphens and the bar of セブン―イレブン, dots, apostrophes, commas). {@code ＮＡＴＯ}, {@code N.A.T.O.} and
 * {@code nato} share the key {@code nato}; {@code アントニー・ブリンケン} and {@code アントニーブリンケン}
 * share one too. The obsolete kana ヰ ヱ ゐ ゑ that brand names keep ({@code ニッカウヰスキー}, {@code ヱビス}) read as
 * イ エ い え. Titles are not removed here: see {@link Titles}.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        String s = (nfkcStable(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSeparator(c) || c >= 0x0300 && c <= 0x036F) {
                continue;  // a combining mark too: the dot lower case leaves on İzmir's i
            }
            if (c == 'ヰ' || c == 'ヱ' || c == 'ゐ' || c == 'ゑ') {
                b.append(c == 'ヰ' ? 'イ' : c == 'ヱ' ? 'エ' : c == 'ゐ' ? 'い' : 'え');
            } else if (c >= 0xC0 && c <= 0x24F) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                b.append(base.charAt(0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether NFKC leaves {@code s} as it is, judged cheaply: printable ASCII, hiragana and katakana (but the voicing
     * marks ゛゜ and the ligatures ゟ ヿ) and CJK unified ideographs only. Most KB names are, and the KB computes
     * some 80,000 keys at every start-up.
     */
    private static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean stable = c >= 0x20 && c < 0x7F || c >= 0x3041 && c <= 0x30FE && c != 0x309B && c != 0x309C && c != 0x309F
                    || c >= 0x4E00 && c <= 0x9FFF;
            if (!stable) {
                return false;
            }
        }
        return true;
    }

    /** True for characters that only separate name parts. */
    public static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '・' || c == '･' || c == '='
                || c == '゠' || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '―' || c == '.' || c == '·'
                || c == '\'' || c == '’' || c == ',' || c == '、';
    }
}
