package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KanjiOnReadings;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a name into the proper words and the generic words {@link NilKey} keys it by: an English name word by
 * word ({@link #latin}), a Japanese name token by token, reading each token or translating it through
 * {@link GenericWords} ({@link #japanese}).
 */
final class NilKeyWords {
    /** An English possessive ending ({@code Emperor's Cup}): the name keys as {@code Emperor Cup}, like {@code 天皇杯}. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");
    private static final java.util.regex.Pattern LETTERS_OR_DIGITS = java.util.regex.Pattern.compile("[a-z]+|[0-9]+");

    private NilKeyWords() {
    }

    /**
     * The name without inner possessives ({@code Emperor's Cup} → {@code Emperor Cup}, like {@code 天皇杯}); a
     * possessive ending the name keeps its s, which katakana writes ({@code Christie's} クリスティーズ).
     */
    private static String withoutPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceAll(m -> m.end() == name.length() ? "s" : "");
    }

    /** A key's letters and digits as separate words ({@code nh300 → nh, 300}). */
    private static void addSplitAtDigits(String key, ForeignName.Script script, List<NilWord> proper) {
        java.util.regex.Matcher m = LETTERS_OR_DIGITS.matcher(key);
        while (m.find()) {
            proper.add(new NilWord(m.group(), script));
        }
    }

    static boolean latin(EntityType type, String name, List<NilWord> proper, List<String> generic,
            CountryWords countries) {
        List<String> words = new ArrayList<>();
        for (String w : withoutPossessive(name).split("[\\s.,'’·・&/()\\-:]+")) {
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

    static boolean japanese(EntityType type, String name, List<Token> tokens, List<NilWord> proper,
            List<String> generic, CountryWords countries, CountryWords nationality) {
        tokens = tokens == null || tokens.isEmpty() ? null : fitted(tokens, name);
        if (tokens == null || !covers(tokens, name)) {
            return false;
        }
        if (type != EntityType.LOCATION && type != EntityType.PERSON) {
            tokens = onReadRuns(tokens, KanjiOnReadings.shared());
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
                String[] inner;
                while (GenericWords.english(split[0]) == null && Hepburn.isKana(split[0])
                        && (inner = GenericWords.headThenGeneric(split[0], null)) != null) {
                    generic.addAll(GenericWords.words(GenericWords.english(split[2])));  // アイランドエア|ホールディングス
                    split = inner;
                }
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
            String loan = Hepburn.isKana(t.surface()) ? GenericWords.fromLoanword(roman) : null;
            if (loan != null) {  // ヘリテージ: the English word heritage, generic in either language
                generic.add(loan);
                proper.add(NilWord.BREAK);
                i++;
                continue;
            }
            int spelledOut = spelledOutGeneric(tokens, i, end, generic);
            if (spelledOut > 0) {  // み|らい for 未来, as English keeps Mirai: the generic word either way
                proper.add(NilWord.BREAK);
                i += spelledOut;
                continue;
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
     * Number of hiragana tokens from {@code i} (Kuromoji may cut the word: み|らい) that together spell a generic word's
     * reading, the word's English added to {@code generic}; 0 when none do.
     */
    private static int spelledOutGeneric(List<Token> tokens, int i, int end, List<String> generic) {
        int j = i;
        while (j < end && hiragana(tokens.get(j).surface())) {
            j++;
        }
        for (int n = j - i; n >= 1; n--) {
            StringBuilder b = new StringBuilder();
            tokens.subList(i, i + n).forEach(t -> b.append(t.surface()));
            String roman = Hepburn.romanize(b.toString());
            String english = roman == null ? null : GenericWords.fromRomaji(roman);
            if (english != null) {
                generic.addAll(GenericWords.words(english));
                return n;
            }
        }
        return 0;
    }

    private static boolean hiragana(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 'ぁ' && c <= 'ゖ' || c == 'ー');
    }

    /**
     * The tokens with every run of two or more one-kanji tokens read by the kanji's on readings: Kuromoji splits a
     * compound it does not know into single kanji and reads each by a native or name reading ({@code 翠|月|荘}
     * ミドリ ツキ ソウ), where a company, inn or product name is read as a Sino-Japanese compound (スイゲツソウ,
     * {@code Suigetsuso}). A run with a kanji the table lacks keeps Kuromoji's readings.
     */
    static List<Token> onReadRuns(List<Token> tokens, KanjiOnReadings on) {
        List<Token> out = new ArrayList<>(tokens);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            while (j < out.size() && oneKanji(out.get(j))) {
                j++;
            }
            if (j - i >= 2 && out.subList(i, j).stream().allMatch(t -> on.of(t.surface().charAt(0)).isPresent())) {
                for (int k = i; k < j; k++) {
                    Token t = out.get(k);
                    out.set(k, new Token(t.span(), t.surface(), t.lemma(), t.pos(), on.of(t.surface().charAt(0)).get()));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean oneKanji(Token t) {
        return t.surface().length() == 1 && KanjiNames.isKanji(t.surface().charAt(0));
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

}
