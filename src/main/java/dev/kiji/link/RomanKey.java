package dev.kiji.link;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling-insensitive key of a romanized name: lower case ASCII letters, long vowels folded
 * ({@code ou, oo, oh → o}; {@code uu → u}) and {@code m} before {@code b/p/m} written {@code n}, parts
 * sorted so that {@code Sasaki Minoru} and {@code Minoru Sasaki} agree.
 */
final class RomanKey {
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern LONG_OH = Pattern.compile("oh(?![aeiou])");
    private static final Pattern M_BEFORE_LABIAL = Pattern.compile("m(?=[bpm])");

    private RomanKey() {
    }

    static String of(List<String> parts) {
        return parts.stream().map(RomanKey::part).filter(p -> !p.isEmpty()).sorted()
                .reduce((a, b) -> a + "_" + b).orElse("");
    }

    /**
     * A Japanese name part with the voicing of every consonant after its first sound folded away ({@code g → k},
     * {@code z → s}, {@code j → sh}, {@code d → t}, {@code b, p → h}, and {@code w → h} between vowels): a kanji
     * name's reading voices its second element or not from family to family ({@code 新垣} Aragaki or Arakaki,
     * {@code 小田切} Odagiri or Otagiri, {@code 桑原} Kuwabara or Kuwahara, {@code 勅使河原} Teshigawara or
     * Teshigahara), and the dictionary's most frequent reading need not be the one an English article spells.
     * {@link ForeignName} turns this skeleton back into the commonest name spelling that has it.
     */
    static String unvoiced(String key) {
        StringBuilder b = new StringBuilder(key.length() + 2);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i == 0) {
                b.append(c);
                continue;
            }
            switch (c) {
                case 'g' -> b.append('k');
                case 'z' -> b.append('s');
                case 'j' -> b.append("sh");
                case 'd' -> b.append('t');
                case 'b', 'p' -> b.append('h');
                case 'w' -> b.append(VOWELS.indexOf(key.charAt(i - 1)) >= 0 ? 'h' : 'w');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String VOWELS = "aeiou";

    static String part(String p) {
        String s = NOT_LETTER.matcher(p.toLowerCase(Locale.ROOT)).replaceAll("");
        s = LONG_OH.matcher(s).replaceAll("o").replace("ou", "o").replace("oo", "o").replace("uu", "u");
        return M_BEFORE_LABIAL.matcher(s).replaceAll("n");
    }
}
