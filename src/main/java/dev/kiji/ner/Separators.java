package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two names joined by a separator that Japanese news puts between names, never inside one: a route or range
 * (鳥取―益田, 越後湯沢－新潟: both ends, each of the mention's type), a place's outskirts before another place
 * (ジャカルタ郊外ブカシ) and a dateline (【フランクフルト＝共同】, 【チェンナイ＝山田花子】: the
 * place where the story was filed and the news agency or the correspondent that filed it).
 */
final class Separators {
    private static final Pattern RANGE = Pattern.compile("[―－]");
    /** Agencies named in datelines: the name after ＝ is one only when it is one of these. */
    private static final String AGENCIES = "共同|時事|ロイター|ＡＦＰ|ＡＰ|新華社|聯合|ブルームバーグ|ＡＦＰ時事";
    private static final Pattern DATELINE = Pattern.compile("[【（(]([^【】（）()＝=\\s、。]{2,12})[＝=](" + AGENCIES + ")[】）)]");
    /** A correspondent's byline in 【】: a place, ＝ and a name in kanji (and kana), not a desk (経済部) or a bureau. */
    private static final Pattern BYLINE = Pattern.compile("【([^【】（）()＝=\\s、。]{2,12})[＝=]([一-龠々][一-龠々ぁ-ゖ]{1,7})】");
    private static final Pattern DESK = Pattern.compile(".*(?:部|局|社|班|課|版|室|団|取材)$");

    private Separators() {
    }

    /**
     * The ends of a place or facility range (鳥取―益田 → 鳥取, 益田), or {@code s} alone. Two katakana names joined so are a
     * route between two places whatever the tagger typed them (トゥールーズ―カルカソンヌ read as a company).
     */
    static List<Span> splitRange(String text, Span s) {
        boolean place = s.type() == NerClass.LOCATION || s.type() == NerClass.FACILITY;
        Matcher m = RANGE.matcher(text).region(s.start(), s.end());
        if (!m.find()) return List.of(s);
        int a = m.start();
        if (a - s.start() < 2 || s.end() - a - 1 < 2 || !nameChars(text, s.start(), a) || !nameChars(text, a + 1, s.end())) {
            return List.of(s);
        }
        if (!place && !(NerTagger.katakanaRun(text, s.start(), a, true) && NerTagger.katakanaRun(text, a + 1, s.end(), true))) {
            return List.of(s);
        }
        NerClass type = place ? s.type() : NerClass.LOCATION;
        return List.of(new Span(s.start(), a, type), new Span(a + 1, s.end(), type));
    }


    /**
     * A place, a word for its outskirts and a second place (ジャカルタ郊外ブカシ, パリ近郊ナンテール): both places; the
     * first must be one place token. Otherwise {@code s} alone.
     */
    static List<Span> splitSuburb(String text, List<Token> tokens, Span s) {
        if (s.type() != NerClass.LOCATION && s.type() != NerClass.FACILITY) return List.of(s);
        Matcher m = SUBURB.matcher(text).region(s.start(), s.end());
        if (!m.find() || m.end() - s.end() > -2 || !GenericHeads.onePlaceToken(tokens, s.start(), m.start())
                || !nameChars(text, m.end(), s.end())) {
            return List.of(s);
        }
        return List.of(new Span(s.start(), m.start(), NerClass.LOCATION), new Span(m.end(), s.end(), NerClass.LOCATION));
    }

    private static final Pattern SUBURB = Pattern.compile("郊外|近郊");

    /** Replaces the mentions inside each dateline with its place (LOCATION) and agency (ORGANIZATION/COMPANY) or correspondent (PERSON). */
    static void datelines(String text, List<Span> out) {
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            int a = m.start(1);
            int b = m.end(2);
            out.removeIf(o -> o.start() < b && a < o.end());
            out.add(new Span(a, m.end(1), NerClass.LOCATION));
            out.add(new Span(m.start(2), b, NerClass.COMPANY));
        }
        Matcher byline = BYLINE.matcher(text);
        while (byline.find()) {
            if (DESK.matcher(byline.group(2)).matches() || byline.group(2).matches(AGENCIES)) continue;
            int a = byline.start(1);
            int b = byline.end(2);
            out.removeIf(o -> o.start() < b && a < o.end());
            out.add(new Span(a, byline.end(1), NerClass.LOCATION));
            out.add(new Span(byline.start(2), b, NerClass.PERSON));
        }
    }

    /** No digit and no punctuation: a name, not a score (2－1) or a year range. */
    private static boolean nameChars(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || !Character.isLetter(c) && c != '・' && c != 'ー') return false;
        }
        return true;
    }
}
