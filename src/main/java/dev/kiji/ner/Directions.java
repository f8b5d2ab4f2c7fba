package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compass part (or 沿岸, "coast") written before or after a place is no part of its name: 東部ハルキウ州 → ハルキウ州 and
 * フランス南東部 → フランス (the tagger often calls the latter an organization). A mention that is a direction word
 * and one place (a place token, or a LOCATION mention) becomes that place, and so does one that is a place and a
 * superlative (東アフリカ最大); a compass part alone (南部) or a party's rank (第1党) is no mention ({@code null}); a place,
 * a compass part and a place inside it are two places ({@link #splitInside}: ミャンマー東部ミャワディ). A
 * train's terminus loses the 発 and 行き around it (天神駅発大牟田行き → 大牟田).
 */
final class Directions {
    private static final String WORDS = "北東部|北西部|南東部|南西部|東部|西部|南部|北部|中部|中西部|東南部|西南部|東北部|西北部|沿岸部|沿岸";
    private static final Pattern BEFORE = Pattern.compile("^(?:" + WORDS + ")");
    private static final Pattern AFTER = Pattern.compile("(?:" + WORDS + ")$");
    /** A compass part or a party's rank alone. */
    private static final Pattern ALONE = Pattern.compile("(?:" + WORDS + ")|第\\d+党");
    /** A superlative after a place: 東アフリカ最大 (the largest in East Africa). */
    private static final Pattern SUPERLATIVE = Pattern.compile("(?:最大|最長|最高|最古|最多|最小|最北端|最南端|最東端|最西端|最北|最南|最東|最西|最大級)$");

    private Directions() {
    }

    static Span apply(String text, List<Token> tokens, Span s) {
        if (s.type() == NerClass.PERSON) {
            return s;
        }
        String t = text.substring(s.start(), s.end());
        if (ALONE.matcher(t).matches()) {
            return null;  // 南部, 第1党: a part or a rank, no name
        }
        Matcher superlative = SUPERLATIVE.matcher(t);
        if (superlative.find() && superlative.start() > 0 && compassPlace(text, tokens, s.start(), s.start() + superlative.start())) {
            return new Span(s.start(), s.start() + superlative.start(), NerClass.LOCATION);  // 東アフリカ最大 → 東アフリカ
        }
        Matcher before = BEFORE.matcher(t);
        if (s.type() == NerClass.LOCATION && before.find() && before.end() < t.length()
                && NewsPostPass.startsToken(tokens, s.start() + before.end())) {
            return new Span(s.start() + before.end(), s.end(), NerClass.LOCATION);
        }
        Matcher after = AFTER.matcher(t);
        if (after.find() && after.start() > 0 && GenericHeads.onePlaceToken(tokens, s.start(), s.start() + after.start())) {
            return new Span(s.start(), s.start() + after.start(), NerClass.LOCATION);
        }
        return s;
    }

    private static final Pattern INSIDE = Pattern.compile(WORDS);
    /** What a place inside a country or region is written as: katakana, or a name ending in an area's class. */
    private static final Pattern PLACE_AFTER = Pattern.compile("[ァ-ヴー・]{2,}|.+[州市県省区町村島]");

    /**
     * A place, a compass part and a place inside it, tagged as one name of any type ({@code ミャンマー東部ミャワディ} as a
     * person, {@code シリア北部アレッポ}): the two places, the compass part outside both; else {@code s} alone. The first
     * must be one place token, the second a katakana name or one ending in an area's class (州, 市, 島 …), so that
     * {@code ウクライナ東部戦線} keeps its shape.
     */
    static List<Span> splitInside(String text, List<Token> tokens, Span s) {
        String t = text.substring(s.start(), s.end());
        Matcher m = INSIDE.matcher(t);
        while (m.find()) {
            int a = s.start() + m.start();
            int b = s.start() + m.end();
            if (m.start() > 0 && b < s.end() && GenericHeads.onePlaceToken(tokens, s.start(), a)
                    && NewsPostPass.startsToken(tokens, b) && PLACE_AFTER.matcher(text.substring(b, s.end())).matches()) {
                return List.of(new Span(s.start(), a, NerClass.LOCATION), new Span(b, s.end(), NerClass.LOCATION));
            }
        }
        return List.of(s);
    }

    /** Length of the compass part (南部) or the ・ at {@code at} in {@code text}, or 0. */
    static int compassOrDot(String text, int at) {
        if (at < text.length() && text.charAt(at) == '・') return 1;
        Matcher m = BEFORE.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.end() - at : 0;
    }

    /** A train's terminus without the 発 after its departure station and the 行き after it (天神駅発|大牟田|行き). */
    static Span terminus(String text, Span s) {
        int a = s.start();
        int b = s.end();
        if (b - a > 3 && text.startsWith("行き", b - 2)) {
            b -= 2;
        }
        if (b - a > 2 && text.charAt(a) == '発' && a > 0 && text.charAt(a - 1) == '駅') {
            a++;
        }
        return a == s.start() && b == s.end() ? s : new Span(a, b, s.type());
    }

    /** One place token, or a compass point and one place token (東|アフリカ). */
    private static boolean compassPlace(String text, List<Token> tokens, int a, int b) {
        return GenericHeads.onePlaceToken(tokens, a, b)
                || b - a > 1 && "東西南北".indexOf(text.charAt(a)) >= 0 && NewsPostPass.startsToken(tokens, a + 1)
                        && GenericHeads.onePlaceToken(tokens, a + 1, b);
    }
}
