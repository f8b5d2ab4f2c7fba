package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * A place followed by the word {@code region} is named with it ({@code the Kinki region}, {@code Valparaiso region}),
 * as the annotation conventions have it; the CRF stops before the lower-case word. Only a place with nothing but one
 * space between it and the word, and no mention starting right after, is lengthened.
 */
final class RegionNames {
    private static final String WORD = "region";

    private RegionNames() {
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.span().end();
            CharSpan word = new CharSpan(end, end + 1 + WORD.length());
            boolean followed = m.type() == EntityType.LOCATION && text.startsWith(" " + WORD, end)
                    && (word.end() == text.length() || !Character.isLetterOrDigit(text.charAt(word.end())))
                    && !text.regionMatches(true, end - WORD.length() - 1, " " + WORD, 0, WORD.length() + 1)
                    && mentions.stream().noneMatch(o -> o.span().overlaps(word));
            if (followed) {
                CharSpan s = new CharSpan(m.span().start(), end + 1 + WORD.length());
                out.add(new Mention(s, s.slice(text), m.type(), m.subtype(), m.value(), m.entity()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
