package dev.kiji.link;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Modifiers English copy translates in a foreign name but keeps romanized in a Japanese one: compass words that
 * open a foreign name ({@code 北ボルカニア} and {@code ノースボルカニア} are both {@code North Volkania}) and
 * {@code 中央} next to a katakana name ({@code ボルカニア中央銀行 = Central Bank of Volkania}). {@link NilKey} keys
 * them as the generic words {@code north}, {@code central} in either language and the rest by sound. Next to a
 * kanji name they stay part of the name, which English writes romanized ({@code 南相馬 = Minamisoma},
 * {@code X中央銀行 = X Chuo Bank}); a compass word that ends an English name is no such opener.
 */
final class ForeignModifiers {
    private static final Map<String, String> KANJI = Map.of("北", "north", "南", "south", "東", "east", "西", "west");
    /** Katakana openers, longest first so that ウェスト is tried before any shorter spelling. */
    private static final List<Map.Entry<String, String>> KANA = List.of(Map.entry("ウェスト", "west"),
            Map.entry("ウエスト", "west"), Map.entry("イースト", "east"), Map.entry("ノース", "north"),
            Map.entry("サウス", "south"));
    private static final Set<String> ENGLISH = Set.of("north", "south", "east", "west", "central");
    private static final String CENTRAL = "中央";
    private static final int MIN_REST = 2;

    private ForeignModifiers() {
    }

    /**
     * The English of token {@code i} when it is a kanji compass word directly before a katakana token, or
     * {@code 中央} directly after or before one; else {@code null}.
     */
    static String besideKana(List<Token> tokens, int i, int end) {
        String s = tokens.get(i).surface();
        boolean kanaNext = i + 1 < end && isKatakana(tokens.get(i + 1).surface());
        if (s.equals(CENTRAL)) {
            return kanaNext || i > 0 && isKatakana(tokens.get(i - 1).surface()) ? "central" : null;
        }
        String e = KANJI.get(s);
        return e != null && kanaNext ? e : null;
    }

    /** {@code [english, rest]} for a katakana word that opens with a compass word ({@code ノースボルカニア}), else null. */
    static String[] kanaOpener(String surface) {
        if (!isKatakana(surface)) {
            return null;
        }
        for (Map.Entry<String, String> k : KANA) {
            String rest = surface.startsWith(k.getKey()) ? surface.substring(k.getKey().length()) : "";
            if (rest.length() >= MIN_REST && rest.charAt(0) != 'ー' && rest.charAt(0) != '・') {
                return new String[] {k.getValue(), rest};
            }
        }
        return null;
    }

    /**
     * True for an English compass word or {@code Central} that is not the last word of the name nor joined to the next
     * by {@code &} or {@code and} ({@code North & Rock} is a name of two proper words).
     */
    static boolean englishOpener(String name, List<String> words, int i) {
        return i + 1 < words.size() && ENGLISH.contains(words.get(i)) && !CONJOINED.matcher(name).find();
    }

    private static final java.util.regex.Pattern CONJOINED = java.util.regex.Pattern.compile(
            "(?i)\\b(north|south|east|west|central)\\s*(&|and\\b)");

    private static boolean isKatakana(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == '・');
    }
}
