package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country followed by 代表 as the subject or object of the sentence ({@code 日本代表が勝った}, {@code 女子代表を破る}) is the
 * country's side, an organization, as kiji's gold annotates it; {@code 米国代表の中村} (a player representing the country)
 * and 代表者, 代表取締役, 代表団 keep the country a place. A sport's name before the side is no part of it
 * ({@code クリケット日本代表} → {@code 日本代表}). In a sports story ({@link dev.kiji.link.kb.Sports#of}) a country
 * before a result word ({@code パプアニューギニアに勝ち}, {@code 韓国を破り}) is the opposing side too, and so is its short
 * form in parentheses right after it, and a country that is the subject of a result ({@code 日本がフィジーを破り}) is a side.
 */
final class NationalSides {
    /**
     * 代表 (after an optional 男子/女子) followed by a particle or punctuation that ends the noun phrase, the side's
     * nickname in brackets ({@code 日本代表「サクラフィフティーン」}) or a post in the side ({@code 日本代表主将の…}).
     */
    private static final Pattern SIDE_AFTER = Pattern.compile(
            "(?:男子|女子)?代表(?=[がはをにともへで、。）」「]|主将|監督|ヘッドコーチ|$)");

    /** A match result after the opponent: Xに勝ち, Xに8ウィケット差で勝ち, Xを破り, Xに敗れ, Xと対戦, Xと引き分け, Xを下し. */
    private static final Pattern OPPONENT_BEFORE = Pattern.compile(
            "(?:（[^）]{1,10}）)?(?:に[^。、「」]{0,12}?(?:勝|敗れ|屈し)|を[^。、「」]{0,8}?(?:破|下し)|と(?:対戦|引き分|戦))");
    /** The side that won or lost, as the subject of a result: 日本がフィジーを破り, 日本は韓国に敗れ. */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("[がは][^。、「」]{0,20}?(?:勝|破|下し|敗れ|屈し|制し)");
    /** A parenthesized short form right after a mention: （ＰＮＧ）. */
    private static final Pattern PAREN_AFTER = Pattern.compile("（[^）]{1,10}）");

    private NationalSides() {
    }

    /** Replaces in {@code out} each country LOCATION followed by a side's 代表 with the side, an ORG_OTHER mention. */
    static void apply(String text, List<Token> tokens, List<Span> out) {
        boolean sports = dev.kiji.link.kb.Sports.of(text).isPresent();
        for (int k = 0; k < out.size(); k++) {
            Span s = out.get(k);
            if (s.type() == NerClass.LOCATION && country(tokens, s)) {
                Matcher m = SIDE_AFTER.matcher(text).region(s.end(), text.length());
                if (m.lookingAt() && out.stream().noneMatch(o -> o != s && o.start() < m.end() && s.end() < o.end())) {
                    out.set(k, new Span(s.start(), m.end(), NerClass.ORG_OTHER));
                } else if (sports && (OPPONENT_BEFORE.matcher(text).region(s.end(), text.length()).lookingAt()
                        || SUBJECT_BEFORE.matcher(text).region(s.end(), text.length()).lookingAt())) {
                    out.set(k, new Span(s.start(), s.end(), NerClass.ORG_OTHER));
                    Matcher p = PAREN_AFTER.matcher(text).region(s.end(), text.length());
                    if (p.lookingAt()) {  // its short form in parentheses: パプアニューギニア（ＰＮＧ）
                        out.replaceAll(o -> o.start() == s.end() + 1 && o.end() == p.end() - 1 ? new Span(o.start(), o.end(), NerClass.ORG_OTHER) : o);
                    }
                }
            } else if (s.type().type() == dev.kiji.doc.EntityType.ORGANIZATION && text.startsWith("代表", s.end() - 2)) {
                int c = firstCountry(tokens, s);
                if (c > s.start()) {
                    out.set(k, new Span(c, s.end(), s.type()));
                }
            }
        }
    }

    private static boolean country(List<Token> tokens, Span s) {
        int i = NewsPostPass.tokenAt(tokens, s.start());
        return i >= 0 && tokens.get(i).span().start() == s.start() && tokens.get(i).span().end() == s.end()
                && CountrySplitter.isCountry(tokens.get(i));
    }

    /** Start of the first country token inside {@code s}, or -1. */
    private static int firstCountry(List<Token> tokens, Span s) {
        int i = NewsPostPass.tokenAt(tokens, s.start());
        for (; i >= 0 && i < tokens.size() && tokens.get(i).span().end() <= s.end(); i++) {
            if (tokens.get(i).span().start() >= s.start() && CountrySplitter.isCountry(tokens.get(i))) {
                return tokens.get(i).span().start();
            }
        }
        return -1;
    }
}
