package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A wire-story dateline's place is a place: {@code BUSAN, South Korea, July 23 -}, {@code NIIGATA, Nov. 20 -},
 * {@code REYKJAVIK -}. The CRF reads a word in capitals at a line's start as an organization ("BUSAN") or not at all.
 * The place is one to three words in capitals opening a line, followed by a dash, or by a comma and capitalized
 * words (a country, a month) ending in a comma, a day or a dash; {@code NATO, the alliance} is no dateline.
 */
final class Datelines {
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}(?=\\s+[—–-]\\s|,\\s+(?:[A-Z][a-z]+\\.?\\s?){1,3}(?:[0-9]{1,2}\\s?)?(?:,|[—–-]))");

    private Datelines() {
    }

    /** The mentions with each dateline's place as a LOCATION, replacing mentions within it (the same span too). */
    static List<Mention> apply(String text, List<Mention> mentions) {
        return PatternNames.retyping(text, mentions, DATELINE, EntityType.LOCATION);
    }
}
