package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A one-word place or organization right after an honorific or an academic title is a person's surname: the CRF
 * calls {@code Kodaira} in "Professor Kodaira's name" a place because a city has the name, but only people are
 * called Professor, Dr. or Mr. Titles that also head offices or places ({@code President}, {@code Governor}) are
 * not used.
 */
final class HonorificNames {
    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sir", "Dame");

    private HonorificNames() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer i = at.startingAt(m.span().start());
            boolean surname = i != null && i > 0 && (m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION)
                    && tokens.get(i).endPosition() == m.span().end()
                    && HONORIFICS.contains(tokens.get(i - 1).word());
            out.add(surname ? new Mention(m.span(), m.text(), EntityType.PERSON, null, m.value(), m.entity()) : m);
        }
        return out;
    }
}
