package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compass part written before or after a place is no part of its name: 東部ハルキウ州 → ハルキウ州 and
 * フランス南東部 → フランス (the tagger often calls the latter an organization). A mention that is a direction word
 * and one place (a place token, or a LOCATION mention) becomes that place.
 */
final class Directions {
    private static final String WORDS = "北東部|北西部|南東部|南西部|東部|西部|南部|北部|中部|中西部|東南部|西南部|東北部|西北部";
    private static final Pattern BEFORE = Pattern.compile("^(?:" + WORDS + ")");
    private static final Pattern AFTER = Pattern.compile("(?:" + WORDS + ")$");

    private Directions() {
    }

    static Span apply(String text, List<Token> tokens, Span s) {
        if (s.type() == NerClass.PERSON) {
            return s;
        }
        String t = text.substring(s.start(), s.end());
        Matcher before = BEFORE.matcher(t);
        if (s.type() == NerClass.LOCATION && before.find() && before.end() < t.length()
                && startsToken(tokens, s.start() + before.end())) {
            return new Span(s.start() + before.end(), s.end(), NerClass.LOCATION);
        }
        Matcher after = AFTER.matcher(t);
        if (after.find() && after.start() > 0 && GenericHeads.onePlaceToken(tokens, s.start(), s.start() + after.start())) {
            return new Span(s.start(), s.start() + after.start(), NerClass.LOCATION);
        }
        return s;
    }

    private static boolean startsToken(List<Token> tokens, int at) {
        int k = NewsPostPass.tokenAt(tokens, at);
        return k >= 0 && tokens.get(k).span().start() == at;
    }
}
