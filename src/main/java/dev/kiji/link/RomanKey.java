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

    static String part(String p) {
        String s = NOT_LETTER.matcher(p.toLowerCase(Locale.ROOT)).replaceAll("");
        s = LONG_OH.matcher(s).replaceAll("o").replace("ou", "o").replace("oo", "o").replace("uu", "u");
        return M_BEFORE_LABIAL.matcher(s).replaceAll("n");
    }
}
