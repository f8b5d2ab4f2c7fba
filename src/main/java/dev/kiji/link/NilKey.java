package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Script-independent key of a name the KB does not know (anything but a person, see
 * {@link RomanKey} for those), so that a Japanese and an English article give an unlinked entity the
 * same NIL id. A name is split into its proper part and its generic words, both in English letters:
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

    /** @param countries the countries that open an event's or a treaty's name ({@link CountryWords}) */
    static String of(EntityType type, String canonical, List<Token> tokens, NameRomanizer places, CountryWords countries) {
        List<NilWord> proper = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        boolean latin = NameForms.isLatin(canonical);
        boolean eventOrTreaty = type == EntityType.EVENT || type == EntityType.PRODUCT;
        CountryWords leading = eventOrTreaty ? countries : CountryWords.none();
        boolean ok = latin ? latinWords(type, canonical, proper, generic, leading)
                : japaneseWords(type, canonical, tokens, proper, generic, leading,
                        type == EntityType.ORGANIZATION ? countries : CountryWords.none());
        if (!ok) {
            return null;
        }
        if (type == EntityType.LOCATION && !latin) {
            NilWord.readPlace(proper, canonical, tokens, places);
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
        if (!NameForms.isLatin(canonical) && canonical.codePoints()
                .noneMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
            return false;
        }
        List<NilWord> proper = new ArrayList<>();
        List<String> generic = new ArrayList<>();
        boolean ok = NameForms.isLatin(canonical)
                ? latinWords(type, canonical, proper, generic, CountryWords.none())
                : japaneseWords(type, canonical, tokens, proper, generic, CountryWords.none(), CountryWords.none());
        return ok && !generic.isEmpty() && proper.stream().allMatch(w -> w.text().isEmpty());
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
            out.append(digits ? w.text() : ForeignName.shared().part(w.text(), w.script()));
        }
        flush(out, run, runLatin);
        return out.toString();
    }

    /** An English possessive ending ({@code Emperor's Cup}): the name keys as {@code Emperor Cup}, like {@code 天皇杯}. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");
    private static final java.util.regex.Pattern LETTERS_OR_DIGITS = java.util.regex.Pattern.compile("[a-z]+|[0-9]+");

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

    /** A key's letters and digits as separate words ({@code nh300 → nh, 300}). */
    private static void addSplitAtDigits(String key, ForeignName.Script script, List<NilWord> proper) {
        java.util.regex.Matcher m = LETTERS_OR_DIGITS.matcher(key);
        while (m.find()) {
            proper.add(new NilWord(m.group(), script));
        }
    }

    private static boolean latinWords(EntityType type, String name, List<NilWord> proper, List<String> generic,
            CountryWords countries) {
        List<String> words = new ArrayList<>();
        for (String w : POSSESSIVE.matcher(name).replaceAll("").split("[\\s.,'’·・&/()\\-:]+")) {
            String k = NameKey.of(w);
            if (!k.isEmpty()) {
                words.add(k);
            }
        }
        boolean anyKept = false;
        List<String> properWords = new ArrayList<>();
        int i = countries.leadingEnglish(words, generic);
        while (i < words.size()) {
            if (GenericWords.dropEnglish(words.get(i), type) || municipal(words, i, type)) {
                i++;
                continue;
            }
            anyKept = true;
            if (ForeignModifiers.englishOpener(name, words, i)) {
                generic.add(words.get(i++));
                continue;
            }
            int n = Math.min(GenericWords.MAX_EN_WORDS, words.size() - i);
            while (n > 0 && !GenericWords.genericEnglish(words.subList(i, i + n))) {
                n--;
            }
            String romanized = n == 0 ? GenericWords.fromRomaji(words.get(i)) : null;
            if (n > 0) {
                words.subList(i, i + n).stream().filter(w -> !GenericWords.legalOrParticle(w)).forEach(generic::add);
                i += n;
            } else if (romanized != null) {
                generic.addAll(GenericWords.words(romanized));
                i++;
            } else {
                properWords.add(words.get(i++));
            }
        }
        if (!anyKept && !words.isEmpty()) {
            properWords.addAll(words);
        }
        properWords.forEach(w -> addSplitAtDigits(w, ForeignName.Script.LATIN, proper));
        return !words.isEmpty();
    }

    /** {@code City} or {@code Municipal} inside (not ending) an organization's name: Osaka City Fire Department. */
    private static boolean municipal(List<String> words, int i, EntityType type) {
        return type != EntityType.LOCATION && i + 1 < words.size()
                && (words.get(i).equals("city") || words.get(i).equals("municipal"));
    }

    private static boolean japaneseWords(EntityType type, String name, List<Token> tokens, List<NilWord> proper,
            List<String> generic, CountryWords countries, CountryWords nationality) {
        tokens = tokens == null || tokens.isEmpty() ? null : fitted(tokens, name);
        if (tokens == null || !covers(tokens, name)) {
            return false;
        }
        int end = tokens.size();
        if (type == EntityType.LOCATION && end > 1 && GenericWords.placeSuffix(tokens.get(end - 1).surface())) {
            end--;
        }
        int i = countries.leadingJapanese(tokens, end, generic) + nationality.foreignQualifier(tokens, end);
        while (i < end) {
            String compass = ForeignModifiers.besideKana(tokens, i, end);
            if (compass != null) {
                generic.add(compass);
                i++;
                continue;
            }
            int matched = 0;
            String english = null;
            StringBuilder run = new StringBuilder();
            for (int j = i; j < end && run.length() < GenericWords.MAX_JA_LENGTH; j++) {
                run.append(tokens.get(j).surface());
                String e = GenericWords.english(run.toString());
                if (e != null && !(GenericWords.endOnly(run.toString()) && (j != end - 1 || end != tokens.size()))
                        && !insideHiraganaWord(tokens, i, j)) {
                    matched = j - i + 1;
                    english = e;
                }
            }
            if (matched > 0) {
                generic.addAll(GenericWords.words(english));
                proper.add(NilWord.BREAK);  // a generic word or separator (・) between two proper words
                i += matched;
                continue;
            }
            String[] split = GenericWords.headThenGeneric(tokens.get(i).surface(), tokens.get(i).reading());
            if (split != null && GenericWords.endOnly(split[2]) && (i != end - 1 || end != tokens.size())) {
                split = null;  // 品川区: a river word inside a place name is no river
            }
            if (split != null) {
                String headGeneric = GenericWords.english(split[0]);
                if (headGeneric != null) {
                    generic.addAll(GenericWords.words(headGeneric));
                } else {
                    NilWord.addKana(proper, split[1], split[0]);
                }
                generic.addAll(GenericWords.words(GenericWords.english(split[2])));
                i++;
                continue;
            }
            Token t = tokens.get(i);
            if (NameKey.of(t.surface()).isEmpty()) {
                proper.add(NilWord.BREAK);  // ヨイヅキ・ゲームス: two words
                i++;
                continue;
            }
            String[] opener = ForeignModifiers.kanaOpener(t.surface());
            if (opener != null) {
                generic.add(opener[0]);
                t = new Token(t.span(), opener[1], opener[1], t.pos(), null);
            }
            String roman = romanize(t);
            if (roman == null) {
                return false;
            }
            if (NameForms.isLatin(t.surface())) {
                addSplitAtDigits(roman, ForeignName.Script.LATIN, proper);
            } else {
                NilWord.addKana(proper, roman, t.surface());
            }
            i++;
        }
        return true;
    }

    /**
     * A one-character hiragana token with hiragana on both sides is part of a word ({@code くす|の|き}), no
     * particle ({@code みどり|の|未来}).
     */
    private static boolean insideHiraganaWord(List<Token> tokens, int i, int j) {
        String s = tokens.get(i).surface();
        return i == j && s.length() == 1 && isHiragana(s.charAt(0))
                && i > 0 && endsHiragana(tokens.get(i - 1).surface()) && j + 1 < tokens.size()
                && isHiragana(tokens.get(j + 1).surface().charAt(0));
    }

    private static boolean endsHiragana(String s) {
        return !s.isEmpty() && isHiragana(s.charAt(s.length() - 1));
    }

    private static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ';
    }

    private static String romanize(Token t) {
        String s = t.surface();
        if (NameForms.isLatin(s)) {
            return NameKey.of(s);
        }
        if (Hepburn.isKana(s)) {
            return ForeignName.loanMarks(s) ? Hepburn.romanizeLong(s) : Hepburn.romanize(s);
        }
        return t.reading() == null || t.reading().isEmpty() ? null : Hepburn.romanize(t.reading());
    }

    /**
     * The tokens completed to the whole name when a token runs past the name's edge and so is not among them
     * ({@code 那須塩原|市内} for {@code 那須塩原市}): the missing head or tail becomes a token of its own without a
     * reading (kana, Latin letters, a generic word or a place class still read; any other piece fails the key).
     */
    private static List<Token> fitted(List<Token> tokens, String name) {
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(t.surface()));
        int at = name.indexOf(b.toString());
        if (b.length() == 0 || b.length() >= name.length() || at < 0) {
            return tokens;
        }
        List<Token> out = new ArrayList<>();
        int start = tokens.get(0).span().start();
        int end = tokens.get(tokens.size() - 1).span().end();
        if (at > 0) {
            out.add(piece(name.substring(0, at), start - at));
        }
        out.addAll(tokens);
        if (at + b.length() < name.length()) {
            out.add(piece(name.substring(at + b.length()), end));
        }
        return out;
    }

    private static Token piece(String surface, int start) {
        return new Token(new dev.kiji.doc.CharSpan(start, start + surface.length()), surface, surface, "", null);
    }

    private static boolean covers(List<Token> tokens, String name) {
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(t.surface()));
        return NameKey.of(b.toString()).equals(NameKey.of(name));
    }

    /** {@code industries → industry}, {@code motors → motor}; not {@code -ss}, {@code -us} or short words. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
