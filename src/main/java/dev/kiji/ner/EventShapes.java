package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of event mentions in news copy: a "person" ending in an event head (…オープン, …選手権, …マラソン; a
 * sponsor's surname often starts a tournament's name) or in 展, an exhibition (…院展), is an event, and so is a name the
 * tagger stopped right before 杯 (ＮＨＫ|杯, a sponsor's cup; not before a longer kanji word); an "event" that is a place token, a middle dot
 * and a venue (大阪・中央アリーナ, the news way of locating a match), or a facility that is a place token, a middle dot and a
 * name (東京・サントリーホール, 南極・昭和基地), is the place and the facility; a medal or a round
 * after an event's head is no part of it (パリ五輪銀 → パリ五輪, an event).
 */
final class EventShapes {
    private static final Pattern EVENT_HEAD = Pattern.compile("(?:オープン|選手権|選手権大会|大会|マラソン|五輪|杯|グランプリ)$");
    private static final Pattern VENUE_HEAD = Pattern.compile(
            "(?:コロシアム|スタジアム|アリーナ|ドーム|ホール|競技場|球場|会館|体育館|記念館|センター|公園)$");

    /** An event head and what a competitor won or reached there (パリ五輪|銀, 同大会|２回戦, Ｗ杯|代表). */
    private static final Pattern RESULT_TAIL = Pattern.compile(
            "(?:五輪|オリンピック|パラリンピック|選手権|大会|杯|Ｗ杯|ワールドカップ|グランプリ)"
            + "((?:金|銀|銅)(?:メダル|メダリスト)?|メダリスト|代表|[0-9０-９]+回戦|準々決勝|準決勝|決勝|予選)$");

    private EventShapes() {
    }

    /** {@code s} retyped, or split into {@code out} (true) when it is a place and a venue. */
    static boolean apply(String text, List<Token> tokens, Span s, List<Span> out) {
        String t = text.substring(s.start(), s.end());
        java.util.regex.Matcher result = RESULT_TAIL.matcher(t);
        if (s.type() != NerClass.PERSON && s.type() != NerClass.LOCATION && result.find() && result.start(1) >= 3) {
            out.add(new Span(s.start(), s.start() + result.start(1), NerClass.EVENT));  // パリ五輪銀 → パリ五輪
            return true;
        }
        if (s.type() == NerClass.PERSON && (t.length() > 4 && EVENT_HEAD.matcher(t).find() || t.length() >= 3 && t.endsWith("展"))) {
            out.add(new Span(s.start(), s.end(), NerClass.EVENT));
            return true;
        }
        if (s.type() != NerClass.EVENT && s.end() < text.length() && text.charAt(s.end()) == '杯' && t.length() >= 2
                && (s.end() + 1 == text.length() || CharClass.of(text.charAt(s.end() + 1)) != CharClass.KANJI)) {
            out.add(new Span(s.start(), s.end() + 1, NerClass.EVENT));  // ＮＨＫ|杯: the sponsor's cup
            return true;
        }
        if (s.type() != NerClass.EVENT && s.type() != NerClass.FACILITY) return false;
        int dot = t.indexOf('・');
        if (dot < 1 || dot + 3 > t.length() || s.type() == NerClass.EVENT && !VENUE_HEAD.matcher(t).find()) return false;
        int k = NewsPostPass.tokenAt(tokens, s.start());
        int b = s.start() + dot;
        if (k < 0 || tokens.get(k).span().start() != s.start() || tokens.get(k).span().end() != b
                || !tokens.get(k).pos().startsWith("名詞-固有名詞-地域")
                || s.type() == NerClass.FACILITY && CharClass.of(text.charAt(s.start())) != CharClass.KANJI) {
            return false;  // a facility after a kanji place only: マディソン・スクエア・ガーデン is one foreign name
        }
        out.add(new Span(s.start(), b, NerClass.LOCATION));
        out.add(new Span(b + 1, s.end(), NerClass.FACILITY));
        return true;
    }
}
