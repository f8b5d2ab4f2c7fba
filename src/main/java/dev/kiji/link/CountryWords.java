package dev.kiji.link;

import dev.kiji.doc.Token;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The countries that open the name of an event or a treaty ({@code 日印外相戦略対話} = {@code India-Japan Foreign
 * Ministers' Strategic Dialogue}, {@code 日米安全保障条約} = {@code U.S.-Japan Security Treaty}), each as one English
 * word: the KB country's English label, lower case without spaces ({@code india}, {@code unitedstates}). A
 * Japanese token counts when it is a country's full name or alias ({@code 米国}, {@code インド}) or made only of
 * one-character country abbreviations ({@code 日米}, {@code 日中韓}); English words when one to three of them
 * are ({@code Japan}, {@code U.S.}, {@code United States}). {@link NilKey} keys them with the generic words
 * (sorted, as the two languages order the countries differently).
 */
final class CountryWords {
    private static final int MAX_EN_WORDS = 3;
    private static final String JAPAN = "japan";
    private static final CountryWords NONE = new CountryWords(null);

    private final KnowledgeBase kb;

    CountryWords(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Knows no country: names key as before. */
    static CountryWords none() {
        return NONE;
    }

    /** The English word of the country {@code name} fully names (not a partial alias), else {@code null}. */
    String of(String name) {
        KbEntry c = country(name);
        return c == null || c.labels().en() == null ? null : NameKey.of(c.labels().en());
    }

    /** The ISO code of the country {@code name} fully names ({@code エジプト → eg}, {@code Thailand → th}), else {@code null}. */
    String code(String name) {
        KbEntry c = country(name);
        return c == null ? null : c.id().substring(KbEntry.COUNTRY_ID_PREFIX.length());
    }

    /** The KB country {@code name} fully names (not a partial alias), else {@code null}. */
    private KbEntry country(String name) {
        String key = NameKey.of(name);
        if (kb == null || key.isEmpty()) {
            return null;
        }
        for (KnowledgeBase.AliasHit h : kb.lookup(key)) {
            if (!h.partial() && h.entry().isCountry()) {
                return h.entry();
            }
        }
        return null;
    }

    /** The countries a Japanese token names ({@code 米国}; {@code 日米} → japan, unitedstates), else {@code null}. */
    List<String> japanese(String token) {
        String whole = of(token);
        if (whole != null) {
            return List.of(whole);
        }
        if (token.length() < 2 || token.length() > 3) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            String c = of(token.substring(i, i + 1));
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * The number of English words from {@code from} (keys, lower case) that name one country, longest first
     * ({@code u, s} → 2), or 0.
     */
    int english(List<String> words, int from) {
        for (int n = Math.min(MAX_EN_WORDS, words.size() - from); n > 0; n--) {
            if (of(String.join(" ", words.subList(from, from + n))) != null) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The countries opening an English name ({@code Japan-India …}, {@code U.S.-Japan …}) added to {@code generic} as
     * country words when more words follow, or else one country's adjective ({@code Norwegian …}); returns the index of
     * the first other word.
     */
    int leadingEnglish(List<String> words, List<String> generic) {
        int i = 0;
        List<String> found = new ArrayList<>();
        for (int n = english(words, i); n > 0 && i + n < words.size(); n = english(words, i)) {
            found.add(of(String.join(" ", words.subList(i, i + n))));
            i += n;
        }
        if (found.isEmpty()) {  // a country's adjective (Norwegian Seafood Council = ノルウェー水産物審議会)
            for (int n = 2; n >= 1; n--) {
                String code = i + n < words.size() ? Demonyms.codeOfLowerCase(String.join(" ", words.subList(i, i + n))) : null;
                String word = code == null || kb == null ? null : kb.byId(KbEntry.COUNTRY_ID_PREFIX + code)
                        .map(c -> c.labels().en() == null ? null : NameKey.of(c.labels().en())).orElse(null);
                if (word != null) {
                    found.add(word);
                    i += n;
                    break;
                }
            }
        }
        generic.addAll(found);
        return i;
    }

    /** The same for a Japanese name's leading tokens ({@code 日|印}, {@code 日米}, {@code 米国}). */
    int leadingJapanese(List<Token> tokens, int end, List<String> generic) {
        int i = 0;
        List<String> found = new ArrayList<>();
        for (List<String> c; i + 1 < end && (c = japanese(tokens.get(i).surface())) != null; i++) {
            found.addAll(c);
        }
        generic.addAll(found);
        return i;
    }

    /**
     * The number of leading tokens of a Japanese organization name that only say where a foreign company is from
     * ({@code 韓国|クラフトン}, {@code 米|アップル}): a country other than Japan followed by a name in katakana or
     * Latin letters, which the English article writes without it. 0 otherwise ({@code 中国|電力} is a company's own
     * name).
     */
    int foreignQualifier(List<Token> tokens, int end) {
        if (end < 2) {
            return 0;
        }
        List<String> c = japanese(tokens.get(0).surface());
        String next = tokens.get(1).surface();
        boolean foreignName = Hepburn.isKana(next) && Hepburn.toKatakana(next).equals(next) || NameForms.isLatin(next);
        return c != null && c.size() == 1 && !c.contains(JAPAN) && foreignName ? 1 : 0;
    }
}
