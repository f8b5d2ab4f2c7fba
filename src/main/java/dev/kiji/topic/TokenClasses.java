package dev.kiji.topic;

import dev.kiji.doc.Token;

/** Part-of-speech classes shared by the topic and key-phrase stages. */
final class TokenClasses {
    private TokenClasses() {
    }

    /** A Japanese noun, verb, adjective or adverb (IPADIC path), not a symbol or particle. */
    static boolean isJapaneseContent(Token t) {
        String p = t.pos();
        if (p.length() < 2) {
            return false;
        }
        char a = p.charAt(0);
        char b = p.charAt(1);
        return (a == '名' && b == '詞') || (a == '動' && b == '詞') || (a == '形' && b == '容')
                || (a == '副' && b == '詞') || (a == '接' && b == '頭') || (a == '未' && b == '知');
    }

    /** An English noun, verb, adjective or adverb (Penn tag), or a foreign word. */
    static boolean isEnglishContent(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("VB") || p.startsWith("JJ") || p.startsWith("RB")
                || p.equals("FW") || p.equals("CD");
    }

    /** A Japanese noun usable inside a key phrase: not a number, pronoun, dependent noun or suffix at the edges. */
    static boolean isJapaneseNoun(Token t) {
        String p = t.pos();
        return p.length() >= 2 && p.charAt(0) == '名' && p.charAt(1) == '詞';
    }

    /** A noun that cannot start a key phrase: number, dependent, pronoun, adverbial or any suffix. */
    static boolean isJapaneseStartBlocked(Token t) {
        String p = t.pos();
        return p.startsWith("名詞-数") || p.startsWith("名詞-非自立") || p.startsWith("名詞-代名詞")
                || p.startsWith("名詞-接尾") || p.startsWith("名詞-副詞可能");
    }

    /**
     * A noun that cannot end a key phrase: number, dependent, pronoun, adverbial, or a counter,
     * honorific or auxiliary suffix (年, 人, さん, 氏); place and general suffixes (区, 化) may end one.
     */
    static boolean isJapaneseEndBlocked(Token t) {
        String p = t.pos();
        return p.startsWith("名詞-数") || p.startsWith("名詞-非自立") || p.startsWith("名詞-代名詞")
                || p.startsWith("名詞-副詞可能") || p.startsWith("名詞-接尾-助数詞") || p.startsWith("名詞-接尾-人名")
                || p.startsWith("名詞-接尾-助動詞語幹") || p.startsWith("名詞-接尾-特殊") || p.startsWith("名詞-接尾-副詞可能");
    }

    /** True when the text has a letter or digit (Kuromoji tags some ASCII symbols as nouns). */
    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
