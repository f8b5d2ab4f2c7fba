package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;

/**
 * Splits a LOCATION into its administrative units, as news gold annotates them: after every inner
 * IPADIC 名詞-接尾-地域 token (県, 都, 市, 区, 村 …) a new LOCATION starts (宮城県大衡村 → 宮城県,
 * 大衡村), and after 北海道, the one prefecture without one (北海道旭川市 → 北海道, 旭川市); a unit word
 * opening the mention is left out (同県西条市 → 西条市). A trailing "内" that is not part of a proper-noun
 * token ("within", 東京都内), a trailing 両県 ("both prefectures", 静岡・愛知両県) and a trailing 県境 ("the prefecture's
 * border") are cut off.
 */
final class AdminSplitter {
    /** "Both/each prefectures" after a list of places (静岡・愛知両県) belongs to no single place, nor does the border of
     *  one (宮崎・鹿児島県境: the prefecture's 県 goes with it). */
    private static final String[] BOTH = {"両府県", "両都県", "両道県", "両県", "両市", "各県", "各市", "県境", "府境", "都境", "市境", "町境", "村境", "国境"};

    /** The one prefecture whose name has no separate suffix token (北海道旭川市 → 北海道, 旭川市). */
    private static final String HOKKAIDO = "北海道";

    /** Unit words that open no place's name: the 県 of 同県 ("the same prefecture"), which IPADIC tags 名詞-一般 there. */
    private static final java.util.Set<String> UNIT_WORDS = java.util.Set.of("県", "府", "都", "道", "市", "町", "村", "区", "州", "郡");

    private AdminSplitter() {
    }

    static void split(String text, List<Token> tokens, Span s, boolean units, boolean trimInside, List<Span> out) {
        int end = s.end();
        if (trimInside) {
            for (String both : BOTH) {
                if (text.startsWith(both, end - both.length()) && end - both.length() > s.start()) {
                    end -= both.length();
                    break;
                }
            }
        }
        int last = NewsPostPass.tokenAt(tokens, end - 1);
        if (trimInside && text.charAt(end - 1) == '内' && end - 1 > s.start() && last >= 0
                && !tokens.get(last).pos().startsWith("名詞-固有名詞")) {
            end--;
        }
        int a = s.start();
        int i = NewsPostPass.tokenAt(tokens, a);
        if (units && i >= 0 && tokens.get(i).span().start() == a && tokens.get(i).span().end() < end
                && UNIT_WORDS.contains(tokens.get(i).surface())) {
            a = tokens.get(i++).span().end();  // the 県 of 同県西条市 ("the same prefecture's") opens no place
        }
        for (; units && i >= 0 && i < tokens.size() && tokens.get(i).span().end() < end; i++) {
            Token t = tokens.get(i);
            boolean unit = t.pos().startsWith("名詞-接尾-地域") && t.span().start() > a
                    || t.surface().equals(HOKKAIDO) && t.span().start() == a;
            if (unit && t.span().end() > a) {
                out.add(new Span(a, t.span().end(), NerClass.LOCATION));
                a = t.span().end();
            }
        }
        out.add(new Span(a, end, NerClass.LOCATION));
    }
}
