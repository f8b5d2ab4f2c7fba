package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading news copy glosses in parentheses after a kanji name that is hard to read ({@code 月見里玲奈（やまなし・れな）},
 * a Korean name's {@code 李在明（イ・ジェミョン）}) names the same person: the kana inside the parentheses is a PERSON
 * mention, whatever the tagger made of it. A gloss after a katakana name is a nationality ({@code（ベルギー）}), not a
 * reading, and is left alone.
 */
final class ReadingGlosses {
    private static final Pattern GLOSS = Pattern.compile("（([ぁ-んァ-ヴー・]{2,20})）");

    private ReadingGlosses() {
    }

    static void apply(String text, List<Span> out) {
        List<Span> glosses = new ArrayList<>();
        for (Span s : out) {
            if (s.type() != NerClass.PERSON
                    || text.substring(s.start(), s.end()).chars().noneMatch(c -> CharClass.of((char) c) == CharClass.KANJI)) {
                continue;
            }
            Matcher g = GLOSS.matcher(text).region(s.end(), text.length());
            if (g.lookingAt()) {
                glosses.add(new Span(g.start(1), g.end(1), NerClass.PERSON));
            }
        }
        for (Span gloss : glosses) {  // after the scan, so that removing what the tagger made of a gloss skips no name
            out.removeIf(o -> o.start() < gloss.end() && gloss.start() < o.end());
            out.add(gloss);
        }
    }
}
