package dev.kiji.link;

import dev.kiji.doc.Token;
import java.util.Arrays;
import java.util.List;

/**
 * An institution's name that says which country it stands in, as news copy writes a country's missions abroad:
 * Japanese {@code 在<country><name>} ({@code 在タイ日本大使館}, {@code 在エジプト日本大使館}), English {@code <name> in
 * <country>} ({@code Embassy of Japan in Thailand}). {@link NilKey} keys the rest qualified by the country's code.
 *
 * @param code the country's ISO code ({@code th})
 * @param rest the name without the location ({@code 日本大使館}, {@code Embassy of Japan})
 * @param tokens the Japanese tokens of {@code rest}; empty for English
 */
record LocatedIn(String code, String rest, List<Token> tokens) {
    /** The location a name states, or {@code null}. */
    static LocatedIn of(String name, List<Token> tokens, CountryWords countries) {
        return NameForms.isLatin(name) ? english(name, countries) : japanese(name, tokens, countries);
    }

    private static LocatedIn japanese(String name, List<Token> tokens, CountryWords countries) {
        if (tokens == null || tokens.size() < 3 || !name.startsWith("在") || !tokens.get(0).surface().equals("在")) {
            return null;
        }
        String country = tokens.get(1).surface();
        String code = name.startsWith("在" + country) ? countries.code(country) : null;
        return code == null ? null : new LocatedIn(code, name.substring(1 + country.length()), tokens.subList(2, tokens.size()));
    }

    private static LocatedIn english(String name, CountryWords countries) {
        List<String> words = Arrays.asList(name.trim().split("\\s+"));
        int in = words.lastIndexOf("in");
        if (in < 1 || in == words.size() - 1) {
            return null;
        }
        String code = countries.code(String.join(" ", words.subList(in + 1, words.size())));
        return code == null ? null : new LocatedIn(code, String.join(" ", words.subList(0, in)), List.of());
    }
}
