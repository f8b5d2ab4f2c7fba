package dev.kiji.ner;

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
        for (int i = 0, n = out.size(); i < n; i++) {
            Span s = out.get(i);
            if (s.type() != NerClass.PERSON || text.substring(s.start(), s.end()).codePoints()
                    .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            Matcher g = GLOSS.matcher(text).region(s.end(), text.length());
            if (!g.lookingAt()) {
                continue;
            }
            int a = g.start(1);
            int b = g.end(1);
            out.removeIf(o -> o.start() < b && a < o.end());
            out.add(new Span(a, b, NerClass.PERSON));
        }
    }
}
