package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KanjiOnReadings;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Script-independent key of a name the KB does not know (anything but a person, see
 * {@link RomanKey} for those), so that a Japanese and an English article give an unlinked entity the
 * same NIL id. A name is split ({@link NilKeyWords}) into its proper part and its generic words, both in English letters:
 * <ul>
 *   <li>a Japanese name is read token by token: a generic word (or run of tokens) listed in
 *       {@link GenericWords} becomes its English translation ({@code 研究所 → institute}), any other
 *       token its Hepburn romanization (from the kana itself, else the Kuromoji reading); a token that is
 *       a proper part plus a generic word ({@code トヨタ自動車}, {@code 日興証券} = ニッコウ + ショウケン,
 *       {@code フィナンシャルグループ}) is read as both;</li>
 *   <li>an English name is split into words; a word or run of words that some generic Japanese word
 *       translates to ({@code Institute}, {@code Real Estate}) is generic, the others form the proper
 *       part;</li>
 *   <li>legal forms and particles are dropped ({@code 株式会社}, {@code Co.}, {@code の}, {@code of}),
 *       and for LOCATION a trailing place class ({@code 市} as its own token, {@code City}, {@code Sea}).</li>
 * </ul>
 * The key is the proper part's romanizations concatenated in text order (word boundaries differ between a
 * kanji reading and English spacing) and keyed by {@link ForeignName#part} (exact for a known Japanese
 * name, else by sound, so {@code ネクサス} and {@code Nexus} agree), then the
 * generic words singularized, folded to one synonym ({@code Logistics = 運輸 = transport}) and sorted (their order differs between the languages), joined by
 * {@code _}. So {@code 延岡市} and {@code Nobeoka} key {@code nobeoka}, {@code 宮崎空港} and
 * {@code Miyazaki Airport} key {@code miyazaki_airport}, {@code 東亜国際問題研究所} and {@code Toa Institute
 * of International Affairs} key {@code toa_affair_institute_international}. Returns {@code null} when a
 * Japanese name has a token without a usable reading, or its tokens do not cover the name: the
 * caller then keys the name as written.
 */
final class NilKey {
    private NilKey() {
    }

    static String of(EntityType type, String canonical, List<Token> tokens) {
        return of(type, canonical, tokens, NameRomanizer.none());
    }

    /** @param places romanizations of kanji place names ({@link NameRomanizer#placeName}) */
    static String of(EntityType type, String canonical, List<Token> tokens, NameRomanizer places) {
        return of(type, canonical, tokens, places, CountryWords.none());
    }

    /**
     * @param countries the countries that open an event's or a treaty's name ({@link CountryWords}); an
     *     organization or facility located in a country ({@link LocatedIn}: {@code 在タイ日本大使館}, {@code Embassy of
     *     Japan in Thailand}) keys as the rest qualified by the country's code, {@code th_embassy_japan}, as
     *     {@link CountryInstitutions} qualifies a generic name by the article's country
     */
    static String of(EntityType type, String canonical, List<Token> tokens, NameRomanizer places, CountryWords countries) {
        LocatedIn located = type == EntityType.ORGANIZATION || type == EntityType.FACILITY
                ? LocatedIn.of(canonical, tokens, countries) : null;
        if (located != null) {
            String rest = unqualified(type, located.rest(), located.tokens(), places, countries);
            return rest == null ? null : located.code() + "_" + rest;
        }
        return unqualified(type, canonical, tokens, places, countries);
    }

    private static String unqualified(EntityType type, String canonical, List<Token> tokens, NameRomanizer places,
            CountryWords countries) {
        List<NilWord> proper = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        boolean latin = NameForms.isLatin(canonical);
        boolean eventOrTreaty = type == EntityType.EVENT || type == EntityType.PRODUCT;
        CountryWords leading = eventOrTreaty ? countries : CountryWords.none();
        boolean ok = latin ? NilKeyWords.latin(type, canonical, proper, generic, leading)
                : NilKeyWords.japanese(type, canonical, tokens, proper, generic, leading,
                        type == EntityType.ORGANIZATION ? countries : CountryWords.none());
        if (!ok) {
            return null;
        }
        if (type == EntityType.LOCATION && !latin) {
            NilWord.readPlace(proper, canonical, tokens, places);
        } else if (!latin) {  // the rest after a place-named head read as NilKeyWords read it (氷見|精工 Himi Seiko)
            NilWord.readPlaceWords(proper, type == EntityType.PERSON || tokens == null ? tokens
                    : NilKeyWords.onReadRuns(tokens, KanjiOnReadings.shared()), places);
        }
        List<String> out = new ArrayList<>();
        String name = properKey(proper);
        if (!name.isEmpty()) {
            out.add(name);
        }
        GenericWords.withoutOptionalQualifiers(generic.stream().map(w -> NameKey.of(GenericWords.canonical(w)))
                .filter(w -> !w.isEmpty()).toList()).stream().sorted().distinct().forEach(out::add);
        return out.isEmpty() ? null : String.join("_", out);
    }

    /**
     * True when a name is generic: read as {@link #of} reads it (no country words), it yields generic words
     * ({@link GenericWords}) and no proper part at all, as {@code National Assembly}, {@code 国民議会},
     * {@code the Foreign Ministry} or {@code 国家選挙事務局} do and {@code Kiji Institute} does not. False when the
     * name cannot be read (a Japanese name without token readings), and for a Japanese name without kanji: a
     * katakana name made of loanwords ({@code ネイチャー・コミュニケーションズ}) is a brand transliterated, not a
     * description of an institution, which Japanese writes in kanji words.
     */
    static boolean genericOnly(EntityType type, String canonical, List<Token> tokens) {
        return genericWords(type, canonical, tokens) != null;
    }

    /** The generic words of a name {@link #genericOnly} accepts, canonicalized ({@link GenericWords#canonical}); else {@code null}. */
    static List<String> genericWords(EntityType type, String canonical, List<Token> tokens) {
        if (!NameForms.isLatin(canonical) && canonical.codePoints()
                .noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
            return null;
        }
        List<NilWord> proper = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        boolean ok = NameForms.isLatin(canonical)
                ? NilKeyWords.latin(type, canonical, proper, generic, CountryWords.none())
                : NilKeyWords.japanese(type, canonical, tokens, proper, generic, CountryWords.none(), CountryWords.none());
        return ok && !generic.isEmpty() && proper.stream().allMatch(w -> w.text().isEmpty())
                ? generic.stream().map(GenericWords::canonical).toList() : null;
    }

    /**
     * The proper words keyed in text order and concatenated: digits as written, a word that stays exact
     * ({@link ForeignName#part}: a Japanese name, a kanji reading, Hepburn) as its romaji, and each run of words
     * keyed by sound as one ({@link PhoneticKey#ofWords}), so that the English words {@code Champions League Elite}
     * and the one katakana word {@code チャンピオンズリーグエリート} agree, and {@code AFC} keys alike in either.
     */
    private static String properKey(List<NilWord> words) {
        StringBuilder out = new StringBuilder();
        List<String> run = new ArrayList<>();
        List<Boolean> runLatin = new ArrayList<>();
        for (NilWord w : words) {
            if (w.text().isEmpty()) {
                continue;
            }
            boolean digits = DIGITS.matcher(w.text()).matches();
            if (!digits && (w.loanMarks() || ForeignName.shared().bySound(w.text(), w.script())
                    || w.script() == ForeignName.Script.LATIN && englishSilentE(w.text()))) {
                run.add(w.text());
                runLatin.add(w.script() == ForeignName.Script.LATIN || ForeignName.notRomaji(w.text()));
                continue;
            }
            flush(out, run, runLatin);
            out.append(digits ? w.text() : townAsCho(ForeignName.shared().part(w.text(), w.script())));
        }
        flush(out, run, runLatin);
        return out.toString();
    }

    /**
     * A word ending in a town's 町 read {@code machi} keys with {@code cho}: Tokyo's quarters are 町 read either way
     * ({@code 大手町 Otemachi}, {@code 兜町 Kabutocho}, {@code 有楽町 Yurakucho}) and Kuromoji need not pick the reading
     * English copy spells, so both readings key alike.
     */
    static String townAsCho(String key) {
        return key.length() > 6 && key.endsWith("machi") ? key.substring(0, key.length() - 5) + "cho" : key;
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");

    /**
     * An English word with a silent final {@code e} ({@code game}, {@code home}, {@code stone}) that happens to be
     * valid Hepburn: keyed by sound as its katakana ({@code ゲーム}) is, unless it is a Japanese name ({@code Kobe}).
     */
    private static boolean englishSilentE(String word) {
        return SILENT_E_WORD.matcher(word).matches() && !ForeignName.shared().isJapaneseName(word);
    }

    private static final java.util.regex.Pattern SILENT_E_WORD = java.util.regex.Pattern.compile("[b-df-hj-np-tv-z]+[aeiou]+[b-df-hj-np-tv-z]e");

    private static void flush(StringBuilder out, List<String> run, List<Boolean> runLatin) {
        if (run.isEmpty()) {
            return;
        }
        boolean[] latin = new boolean[run.size()];
        for (int i = 0; i < latin.length; i++) {
            latin[i] = runLatin.get(i);
        }
        out.append(PhoneticKey.ofWords(run, latin));
        run.clear();
        runLatin.clear();
    }

    /** {@code industries → industry}, {@code motors → motor}; not {@code -ss}, {@code -us}, {@code -is} (tennis) or short words. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
