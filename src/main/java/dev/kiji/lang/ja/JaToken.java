package dev.kiji.lang.ja;

import dev.kiji.doc.Token;
import java.text.Normalizer;

/**
 * A token seen by the proper-noun chunker: its NFKC form (so ＮＡＴＯ reads as NATO) and a coarse
 * class derived from the IPADIC part-of-speech path.
 */
record JaToken(Token token, String form, Kind kind) {

    enum Kind {
        /** 名詞-固有名詞-人名-* */
        PERSON_NAME,
        /** 名詞-固有名詞-地域-* */
        PLACE,
        /** 名詞-固有名詞-組織 */
        ORG,
        /** other 名詞-固有名詞, e.g. 名詞-固有名詞-一般 */
        PROPER_OTHER,
        /** 名詞-接尾-地域 (都, 県, 州) */
        PLACE_SUFFIX,
        /** other 名詞-接尾 */
        SUFFIX,
        /** content nouns: 名詞-一般, 名詞-サ変接続, 名詞-形容動詞語幹 */
        NOUN,
        /** a symbol token made only of letters: a character outside the dictionary, e.g. 𠮷 */
        UNKNOWN_LETTERS,
        OTHER
    }

    static JaToken of(Token t) {
        String form = Normalizer.normalize(t.surface(), Normalizer.Form.NFKC);
        return new JaToken(t, form, kindOf(t.pos(), form));
    }

    private static Kind kindOf(String pos, String form) {
        if (pos.startsWith("名詞-固有名詞-人名")) {
            return Kind.PERSON_NAME;
        }
        if (pos.startsWith("名詞-固有名詞-地域")) {
            return Kind.PLACE;
        }
        if (pos.startsWith("名詞-固有名詞-組織")) {
            return Kind.ORG;
        }
        if (pos.startsWith("名詞-固有名詞")) {
            return Kind.PROPER_OTHER;
        }
        if (pos.startsWith("名詞-接尾-地域")) {
            return Kind.PLACE_SUFFIX;
        }
        if (pos.startsWith("名詞-接尾")) {
            return Kind.SUFFIX;
        }
        if (pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続") || pos.startsWith("名詞-形容動詞語幹")) {
            return Kind.NOUN;
        }
        if (pos.startsWith("記号") && !form.isEmpty() && form.codePoints().allMatch(Character::isLetter)) {
            return Kind.UNKNOWN_LETTERS;
        }
        return Kind.OTHER;
    }

    int start() {
        return token.span().start();
    }

    int end() {
        return token.span().end();
    }

    boolean isProper() {
        return kind == Kind.PERSON_NAME || kind == Kind.PLACE || kind == Kind.ORG || kind == Kind.PROPER_OTHER;
    }

    /** A noun written wholly in katakana (the usual script of foreign names), at least two characters. */
    boolean isKatakanaNoun() {
        return (isProper() || kind == Kind.NOUN) && form.length() >= 2 && form.chars().allMatch(JaToken::isKatakana);
    }

    /** A Latin-script word: a letter followed by letters, digits, apostrophes, hyphens or ampersands. */
    boolean isLatinWord() {
        if (form.isEmpty() || !isAsciiLetter(form.charAt(0))) {
            return false;
        }
        return form.chars().allMatch(c -> isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c == '&');
    }

    /** The middle dot or equals sign that joins the parts of a foreign name (アントニー・ブリンケン). */
    boolean isNameJoiner() {
        return form.equals("・") || form.equals("=") || form.equals("゠");
    }

    /** {@code y} directly continues a katakana word that {@code x} ends: both are parts of one word. */
    static boolean continuesKatakana(JaToken x, JaToken y) {
        String a = x.form();
        String b = y.form();
        return x.end() == y.start() && !a.isEmpty() && !b.isEmpty() && isKatakana(a.charAt(a.length() - 1))
                && isKatakana(b.charAt(0));
    }

    /** The NFKC forms of tokens {@code [from, to)} concatenated. */
    static String join(java.util.List<JaToken> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        tokens.subList(from, to).forEach(x -> sb.append(x.form()));
        return sb.toString();
    }

    static boolean isKatakana(int c) {
        return (c >= 'ァ' && c <= 'ヺ') || c == 'ー' || c == 'ヽ' || c == 'ヾ';
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
