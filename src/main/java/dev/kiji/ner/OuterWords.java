package dev.kiji.ner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the tagger takes into a mention that news copy writes around a name, not in it: a kinship word before a
 * relative's name ({@code 妻ハツさん}, {@code 長男ケンタ}), a hiragana phrase after a katakana name ({@code シーボルトゆかりの品}),
 * the winning after a prize ({@code ノーベル賞受賞} → {@code ノーベル賞}; not after a phrase with の, 日本映画の最高賞受賞,
 * which names no prize) and the 社 after a katakana or Latin company name ({@code ノールリス社}). A one-character kinship word, and 祖父, are cut only before kana, since kanji names begin
 * with them (妹尾, 夫馬, 孫正義, 祖父江). The other way round, a mention never begins with the counter ヶ, which joins
 * the kanji before it into one name ({@code 一番ヶ瀬}, {@code 霞ヶ関}): a mention the tagger starts there takes in up to
 * three kanji before it.
 */
final class OuterWords {
    private static final Pattern KIN_BEFORE = Pattern.compile(
            "^(?:(?:長男|長女|次男|次女|三男|三女|息子|祖母)|(?:妻|夫|母|父|兄|弟|姉|妹|娘|孫|祖父)(?=[ァ-ヴぁ-ん]))");
    private static final Pattern KANA_TAIL = Pattern.compile("^[ァ-ヴー・]{2,}([ぁ-ん]{2,})$");
    private static final Pattern PRIZE_WON = Pattern.compile("^([^の]+賞)受賞$");
    /** A katakana or Latin company name and the 社 news copy writes after it (ノールリス社は…): the name ends before it. */
    private static final Pattern COMPANY_SHA = Pattern.compile("^[ァ-ヴーA-Za-zＡ-Ｚａ-ｚ・]{2,}(社)$");

    private OuterWords() {
    }

    static Span apply(String text, Span s) {
        s = withCounterHead(text, s);
        String t = text.substring(s.start(), s.end());
        if (s.type() == NerClass.PERSON) {
            Matcher kin = KIN_BEFORE.matcher(t);
            if (kin.find() && t.length() - kin.end() >= 2) {
                return new Span(s.start() + kin.end(), s.end(), s.type());
            }
            Matcher tail = KANA_TAIL.matcher(t);
            return tail.matches() ? new Span(s.start(), s.end() - tail.group(1).length(), s.type()) : s;
        }
        Matcher sha = COMPANY_SHA.matcher(t);
        if (sha.matches() && (s.type() == NerClass.COMPANY || s.type() == NerClass.ORG_OTHER)) {
            return new Span(s.start(), s.end() - 1, s.type());
        }
        Matcher prize = PRIZE_WON.matcher(t);
        if (prize.matches()) {
            return new Span(s.start() + prize.start(1), s.start() + prize.end(1), s.type());
        }
        return s;
    }

    private static Span withCounterHead(String text, Span s) {
        char first = text.charAt(s.start());
        if (first != 'ヶ' && first != 'ヵ') {
            return s;
        }
        int start = s.start();
        while (start > 0 && s.start() - start < 3 && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN) {
            start--;
        }
        return start == s.start() ? s : new Span(start, s.end(), s.type());
    }
}
