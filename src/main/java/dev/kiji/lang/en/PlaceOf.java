package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name after "the town of", "the cities of" and the like is a place, and so are the names coordinated
 * with it ("the cities of Nobeoka and Hyuga"): CoreNLP's CRF calls an unfamiliar one-word name a person
 * ("the town of Taketomi"), which keeps it from its place entry and from its mention in the other
 * language. Only person and organization mentions are retyped; a place class of a person ("the family
 * of", "the mayor of") is no place class.
 */
final class PlaceOf {
    static final Set<String> PLACE_CLASSES = Set.of("town", "towns", "city", "cities", "village", "villages",
            "prefecture", "prefectures", "island", "islands", "province", "provinces", "county", "counties",
            "district", "districts", "ward", "wards", "municipality", "municipalities", "port", "region",
            "oblast", "state", "states", "hamlet", "borough", "regions");

    private PlaceOf() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        boolean previousPlaceOf = false;
        int previousEnd = -1;
        for (Mention m : mentions) {
            Integer first = at.startingAt(m.span().start());
            boolean named = !m.type().isValue();
            Integer last = at.endingAt(m.span().end());
            boolean placeOf = named && first != null && last != null && (afterPlaceClass(tokens, first)
                    || previousPlaceOf && coordinated(tokens, at.endingAt(previousEnd), first, last));
            boolean retype = placeOf && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION);
            out.add(retype ? new Mention(m.span(), m.text(), EntityType.LOCATION, null, m.value(), m.entity()) : m);
            if (named) {
                previousPlaceOf = placeOf;
                previousEnd = m.span().end();
            }
        }
        return out;
    }

    /** {@code the <place class> of} right before token {@code i}. */
    private static boolean afterPlaceClass(List<CoreLabel> tokens, int i) {
        return i >= 3 && tokens.get(i - 1).word().equals("of")
                && PLACE_CLASSES.contains(tokens.get(i - 2).word().toLowerCase(java.util.Locale.ROOT))
                && tokens.get(i - 3).word().equalsIgnoreCase("the");
    }

    /**
     * Only {@code and} / {@code or} / {@code , and} between the previous name's last token and the name's first
     * token {@code i}, or only a comma when the name itself goes on into the list (a comma or a conjunction after
     * its last token {@code last}): "the villages of A, B, and C", but not "the town of A, Arai said".
     */
    private static boolean coordinated(List<CoreLabel> tokens, Integer previousLast, int i, int last) {
        if (previousLast == null || i - previousLast < 2 || i - previousLast > 3) {
            return false;
        }
        boolean conjunction = false;
        for (int k = previousLast + 1; k < i; k++) {
            String w = tokens.get(k).word();
            if (!w.equals(",") && !isConjunction(w)) {
                return false;
            }
            conjunction |= isConjunction(w);
        }
        return conjunction || last + 1 < tokens.size()
                && (tokens.get(last + 1).word().equals(",") || isConjunction(tokens.get(last + 1).word()));
    }

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("or");
    }
}
