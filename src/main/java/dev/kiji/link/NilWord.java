package dev.kiji.link;

import dev.kiji.doc.Token;
import dev.kiji.link.kb.NameKey;
import java.util.List;

/**
 * A proper word of a name in {@link NilKey}: romaji, an English spelling or digits, the script it came
 * from, whether it carries loanword marks, and the Japanese surface it was read from (empty for Latin).
 */
record NilWord(String text, ForeignName.Script script, boolean loanMarks, String surface) {
    /** Separates two kana words without adding to the key. */
    static final NilWord BREAK = new NilWord("", ForeignName.Script.LATIN);

    NilWord(String text, ForeignName.Script script) {
        this(text, script, false, "");
    }

    /**
     * Adds a Japanese token's romaji: consecutive katakana tokens form one word (the tokenizer's cuts inside a
     * katakana word are arbitrary), keyed by sound when it has a loanword mark ({@code ヒーター}); kanji and
     * hiragana are Japanese words, read exactly ({@code ぬくもり}).
     */
    static void addKana(List<NilWord> proper, String roman, String surface) {
        if (roman.isEmpty()) {
            return;
        }
        boolean katakana = Hepburn.isKana(surface) && Hepburn.toKatakana(surface).equals(surface);
        ForeignName.Script script = katakana ? ForeignName.Script.KANA : ForeignName.Script.KANJI;
        boolean loan = katakana && ForeignName.loanMarks(surface);
        NilWord last = proper.isEmpty() ? null : proper.get(proper.size() - 1);
        if (last != null && last.script() == script && last != NilWord.BREAK) {
            proper.set(proper.size() - 1, new NilWord(last.text() + roman, script, last.loanMarks() || loan,
                    last.surface() + surface));
        } else {
            proper.add(new NilWord(roman, script, loan, surface));
        }
    }

    /** True when Kuromoji tagged a token of {@code surface} as a place name, with its own reading. */
    private static boolean kuromojiPlace(List<Token> tokens, String surface) {
        return tokens.stream().anyMatch(t -> surface.contains(t.surface()) && t.pos() != null
                && t.pos().contains("固有名詞-地域") && t.reading() != null);
    }

    /**
     * A place whose proper part is one kanji word takes the dictionary's reading of the place when Kuromoji's
     * is none of the dictionary's: of the whole name when only a place class was left out ({@code 日向市 →
     * Hyuuga}, Kuromoji ヒナタ), else of the proper part when that is only a place name and Kuromoji does
     * not know it as one ({@code 四万十 → Shimanto}, not ヨンマンジュウ; but {@code 有楽町} stays ユウラクチョウ). A proper part
     * that has a dominant place reading ({@link NameRomanizer#dominantPlaceReading}: {@code 岩内 → Iwanai}) takes it first.
     */
    static void readPlace(List<NilWord> proper, String canonical, List<Token> tokens, NameRomanizer places) {
        List<NilWord> words = proper.stream().filter(w -> w != NilWord.BREAK).toList();
        if (words.size() != 1 || words.get(0).script() != ForeignName.Script.KANJI || words.get(0).surface().isEmpty()) {
            return;
        }
        NilWord w = words.get(0);
        java.util.Optional<String> dominant = places.dominantPlaceReading(w.surface());
        if (dominant.isPresent()) {
            proper.set(proper.indexOf(w), new NilWord(dominant.get(), w.script(), false, w.surface()));
            return;
        }
        String whole = NameKey.of(canonical);
        boolean classLeftOut = whole.length() == w.surface().length() + 1 && whole.startsWith(w.surface())
                && GenericWords.placeSuffix(whole.substring(whole.length() - 1));
        List<String> readings = classLeftOut ? places.placeName(whole) : List.of();
        if (readings.isEmpty() && !kuromojiPlace(tokens, w.surface())) {
            readings = places.placeName(w.surface());
        }
        String own = RomanKey.part(w.text());
        if (readings.isEmpty() || readings.stream().anyMatch(r -> RomanKey.part(r).startsWith(own))) {
            return;
        }
        proper.set(proper.indexOf(w), new NilWord(readings.get(0).toLowerCase(java.util.Locale.ROOT), w.script(), false,
                w.surface()));
    }

    /**
     * A kanji word of a name other than a place's whose head Kuromoji did not read as one proper noun of a place or an
     * organization ({@code 八|海}, a common noun {@code 羊蹄}, the family name {@code 鳥海}) takes the head's dominant place reading when it has one ({@link
     * NameRomanizer#dominantPlaceReading}): a farm, school or company named after a place is read as the place
     * ({@code 八海ファーム = Hakkai Farm}, {@code 鳥|海|学院 = Chokai Gakuin}), not kanji by kanji. The head is the whole
     * word or its longest run of whole tokens that has such a reading; the rest keeps its tokens' readings.
     */
    static void readPlaceWords(List<NilWord> proper, List<Token> tokens, NameRomanizer places) {
        for (int i = 0; i < proper.size(); i++) {
            NilWord w = proper.get(i);
            if (w == BREAK || w.script() != ForeignName.Script.KANJI || w.surface().length() < 2) {
                continue;
            }
            List<Token> toks = tokensOf(tokens, w.surface());
            for (int n = toks.size(); n >= 1; n--) {
                String head = surface(toks.subList(0, n));
                boolean known = n == 1 && toks.get(0).pos() != null && toks.get(0).pos().contains("固有名詞")
                        && !toks.get(0).pos().contains("人名");  // 鳥海 as a family name Toriumi: the school is Chokai's
                java.util.Optional<String> r = head.length() < 2 || known ? java.util.Optional.empty()
                        : places.dominantPlaceReading(head);
                String rest = r.isEmpty() ? null : n == toks.size() ? "" : KanjiNames.joinedReading(toks.subList(n, toks.size()));
                if (rest != null) {
                    proper.set(i, new NilWord(r.get() + rest, w.script(), false, w.surface()));
                    break;
                }
            }
        }
    }

    /** The consecutive tokens whose surfaces make up {@code surface} exactly, or none. */
    private static List<Token> tokensOf(List<Token> tokens, String surface) {
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int j = i; j < tokens.size() && b.length() < surface.length(); j++) {
                b.append(tokens.get(j).surface());
                if (b.toString().equals(surface)) {
                    return tokens.subList(i, j + 1);
                }
            }
        }
        return List.of();
    }

    private static String surface(List<Token> toks) {
        StringBuilder b = new StringBuilder();
        toks.forEach(t -> b.append(t.surface()));
        return b.toString();
    }
}
