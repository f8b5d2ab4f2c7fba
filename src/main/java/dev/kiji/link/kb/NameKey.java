package dev.kiji.link.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The normalized lookup key of a name: NFKC (full-width and half-width variants fold together),
 * case-folded, Latin diacritics removed, and separators that vary between spellings dropped
 * (spaces, ・, ＝, hyphens, dots, apostrophes, commas). {@code ＮＡＴＯ}, {@code N.A.T.O.} and
 * {@code nato} share the key {@code nato}; {@code アントニー・ブリンケン} and {@code アントニーブリンケン}
 * share one too. Titles are not removed here: see {@link Titles}.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            if (c >= 0xC0 && c <= 0x24F) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                b.append(base.charAt(0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** True for characters that only separate name parts. */
    public static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '・' || c == '･' || c == '='
                || c == '゠' || c == '-' || c == '‐' || c == '‑' || c == '–' || c == '.' || c == '·'
                || c == '\'' || c == '’' || c == ',' || c == '、';
    }
}
