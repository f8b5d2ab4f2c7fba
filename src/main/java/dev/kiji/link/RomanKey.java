package dev.kiji.link;

import java.util.List;
import java.util.Locale;

/**
 * Spelling-insensitive key of a romanized name: lower case ASCII letters, long vowels folded
 * ({@code ou, oo, oh → o}; {@code uu → u}) and {@code m} before {@code b/p/m} written {@code n}, parts
 * sorted so that {@code Sasaki Minoru} and {@code Minoru Sasaki} agree.
 */
final class RomanKey {
    private RomanKey() {
    }

    static String of(List<String> parts) {
        return parts.stream().map(RomanKey::part).filter(p -> !p.isEmpty()).sorted()
                .reduce((a, b) -> a + "_" + b).orElse("");
    }

    static String part(String p) {
        String s = p.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        s = s.replaceAll("oh(?![aeiou])", "o").replace("ou", "o").replace("oo", "o").replace("uu", "u");
        return s.replaceAll("m(?=[bpm])", "n");
    }
}
