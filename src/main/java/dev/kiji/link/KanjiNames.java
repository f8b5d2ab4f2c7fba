package dev.kiji.link;

import dev.kiji.doc.Token;
import dev.kiji.link.kb.NameReadings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Family and given name of a Japanese person named in kanji ({@code 大塚陽}) or in a kanji family name and a kana
 * given name ({@code 大塚ひかり}), each read as a whole name rather than kanji by kanji:
 * <ul>
 *   <li>a full name the dictionary lists as one person takes that person's romanization
 *       ({@link NameRomanizer#fullName});</li>
 *   <li>else the most frequent readings of both parts among real people ({@link NameReadings#split});</li>
 *   <li>a given name most of whose bearers read it one way today takes that reading ({@link ModernGivenNames}:
 *       {@code 陽翔 → Haruto}) over the last two;</li>
 *   <li>else the family name (the longest the table knows, or the surname token Kuromoji found) is read from the
 *       table or the token, and the given name as one word: Kuromoji's reading when it is one token, else the
 *       dictionary's reading of the whole given name, preferring the one Kuromoji's reading equals, then one that
 *       starts with Kuromoji's reading of its first kanji ({@code 厚|樹} アツ|ジュ → Atsuki), then the first.
 *       Kuromoji cuts a given name it does not know into kanji read one by one, which is seldom the name's
 *       reading: on 2,417 ENAMDICT full names whose given name the table lacks and Kuromoji cuts, the joined token
 *       readings match the dictionary's romanization for 217, this choice for 1,332.</li>
 * </ul>
 * A kanji family name is never cut around the given name: a name whose family name neither the table nor Kuromoji
 * knows gets no split here ({@code null}) and is left to the caller's token-by-token reading; nor is a name Kuromoji
 * reads as one family-name token, which is a family name written alone ({@code 佐々木}).
 */
final class KanjiNames {
    private static final int MAX_FAMILY = 4;
    private final NameReadings readings;
    private final NameRomanizer spellings;

    KanjiNames(NameReadings readings, NameRomanizer spellings) {
        this.readings = readings;
        this.spellings = spellings;
    }

    /**
     * The split of a one-part person name, or {@code null}.
     *
     * @param toks the tokens within the name, {@code nameStart} its offset in the document
     */
    NameReadings.Split split(String name, List<Token> toks, int nameStart) {
        if (allKanji(name)) {
            return kanji(name, toks, nameStart);
        }
        int cut = 0;
        while (cut < name.length() && isKanji(name.charAt(cut))) {
            cut++;
        }
        String given = name.substring(cut);
        if (cut == 0 || cut > MAX_FAMILY || given.length() < 2 || !Hepburn.isKana(given)) {
            return null;
        }
        String family = familyReading(name.substring(0, cut), toks, nameStart);
        String g = Hepburn.romanize(given);
        return family == null || g == null || g.isEmpty() ? null : new NameReadings.Split(cut, family, g);
    }

    private NameReadings.Split kanji(String name, List<Token> toks, int nameStart) {
        List<Token> whole = covering(toks, nameStart, nameStart + name.length());
        if (whole.size() == 1 && isSurname(whole.get(0))) {
            return null;  // a family name alone (佐々木), not 佐々 + a given name 木
        }
        int surnameLength = surnameLength(toks, nameStart, name.length());
        NameReadings.Split known = readings.split(name, surnameLength).orElse(null);
        List<String> full = spellings.fullName(name).orElse(null);
        if (full != null) {
            int at = known != null ? known.at() : readings.familyLength(name, surnameLength);
            if (at > 0) {
                String a = full.get(0).toLowerCase(Locale.ROOT);
                String b = full.get(1).toLowerCase(Locale.ROOT);
                String family = known != null ? known.family() : readings.family(name.substring(0, at)).orElse(null);
                boolean givenFirst = family != null && RomanKey.part(b).equals(RomanKey.part(family))
                        && !RomanKey.part(a).equals(RomanKey.part(family));  // "Yuzuru Hanyu"
                return modernGiven(name, new NameReadings.Split(at, givenFirst ? b : a, givenFirst ? a : b));
            }
        }
        if (known != null) {
            return modernGiven(name, known);
        }
        int at = readings.familyLength(name, surnameLength);
        int both = dictionarySplit(name);
        if (both > 0 && at != both && !knownGiven(name.substring(at))) {
            at = both;  // 上|鶴千代子 → 上鶴|千代子: the cut that leaves a given name the dictionary lists
        }
        NameReadings.Split read = readAt(name, at, toks, nameStart);
        return modernGiven(name, read != null ? read : readAt(name, both, toks, nameStart));
    }

    /** The split with its given name read as most of its bearers read it today ({@link ModernGivenNames}), when listed. */
    private static NameReadings.Split modernGiven(String name, NameReadings.Split split) {
        return split == null ? null : ModernGivenNames.reading(name.substring(split.at()))
                .map(g -> new NameReadings.Split(split.at(), split.family(), g)).orElse(split);
    }

    /** The name split after {@code at} characters and read name by name, or {@code null}. */
    private NameReadings.Split readAt(String name, int at, List<Token> toks, int nameStart) {
        if (at <= 0 || at >= name.length()) {
            return null;
        }
        String family = familyReading(name.substring(0, at), toks, nameStart);
        String given = givenReading(name.substring(at), covering(toks, nameStart + at, nameStart + name.length()));
        return family == null || given == null ? null : new NameReadings.Split(at, family, given);
    }

    /**
     * Length of the longest family name the dictionary lists whose rest it lists as a given name
     * ({@code 東福寺|厚樹}, where Kuromoji tags the family name a place), else 0.
     */
    private int dictionarySplit(String name) {
        for (int i = Math.min(MAX_FAMILY, name.length() - 1); i >= 2; i--) {
            if (!spellings.familyNames(name.substring(0, i)).isEmpty() && !spellings.givenNames(name.substring(i)).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    private boolean knownGiven(String kanji) {
        return readings.given(kanji).isPresent() || !spellings.givenNames(kanji).isEmpty();
    }

    /** The table's reading of a family name, else the reading {@link #choose} picks. */
    private String familyReading(String kanji, List<Token> toks, int from) {
        return readings.family(kanji).orElseGet(() -> choose(spellings.familyNames(kanji),
                covering(toks, from, from + kanji.length())));
    }

    /** The table's reading of a given name, else the reading {@link #choose} picks. */
    private String givenReading(String kanji, List<Token> given) {
        return readings.given(kanji).orElseGet(() -> choose(spellings.givenNames(kanji), given));
    }

    /**
     * The reading of a name: Kuromoji's when it read the name as one noun token, else of the dictionary's readings
     * ({@code dictionary}) the one Kuromoji's joined reading equals, then the one that starts with Kuromoji's reading
     * of the first token and shares most with its whole reading, then the first; Kuromoji's when the dictionary
     * has none.
     */
    private static String choose(List<String> dictionary, List<Token> tokens) {
        String kuromoji = joinedReading(tokens);
        if (kuromoji != null && tokens.size() == 1 && (dictionary.isEmpty() || noun(tokens.get(0)))) {
            return kuromoji;  // but not a verb's reading: 錬 ネ (練る), a given name Ren
        }
        List<String> dict = dictionary.stream().map(KanjiNames::letters).filter(s -> !s.isEmpty()).toList();
        if (kuromoji != null) {
            String whole = RomanKey.part(kuromoji);
            String first = RomanKey.part(Hepburn.romanize(tokens.get(0).reading()));
            String best = null;
            int bestCommon = -1;
            for (String d : dict) {
                String key = RomanKey.part(d);
                if (key.equals(whole)) {
                    return d;
                }
                int common = commonPrefix(key, whole);
                if (key.startsWith(first) && common > bestCommon) {
                    best = d;
                    bestCommon = common;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return dict.isEmpty() ? kuromoji : dict.get(0);
    }

    private static boolean noun(Token t) {
        return t.pos() != null && t.pos().startsWith("名詞");
    }

    /** The tokens that cover {@code [from, to)} exactly, or an empty list. */
    private static List<Token> covering(List<Token> toks, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (Token t : toks) {
            if (t.span().end() > from && t.span().start() < to) {
                if (t.span().start() < from || t.span().end() > to) {
                    return List.of();
                }
                out.add(t);
            }
        }
        return !out.isEmpty() && out.get(0).span().start() == from && out.get(out.size() - 1).span().end() == to
                ? out : List.of();
    }

    /** Hepburn of the tokens' joined readings, or {@code null} when there are none or one lacks a reading. */
    static String joinedReading(List<Token> toks) {
        if (toks.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Token t : toks) {
            if (t.reading() == null || t.reading().isEmpty()) {
                return null;
            }
            b.append(t.reading());
        }
        String r = Hepburn.romanize(b.toString());
        return r == null || r.isEmpty() ? null : r;
    }

    /** Length of a surname token that starts the name and is shorter than it, else 0. */
    static int surnameLength(List<Token> toks, int nameStart, int nameLength) {
        if (toks.isEmpty() || toks.get(0).span().start() != nameStart || !isSurname(toks.get(0))) {
            return 0;
        }
        int n = toks.get(0).span().length();
        return n < nameLength ? n : 0;
    }

    static boolean isSurname(Token t) {
        return t.pos() != null && t.pos().contains("人名-姓");
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    static boolean isKanji(char c) {
        return NameReadings.isKanji(c);
    }

    static boolean allKanji(String s) {
        return NameReadings.allKanji(s);
    }
}
