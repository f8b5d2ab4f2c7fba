package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the one-word organization or place the CRF finds inside an office title: "State" in
 * "Secretary of State", "Defense" in "Minister of Defense". The office is no mention (the corpus
 * convention for job titles), and the word alone names nothing.
 */
final class TitleFragments {
    private static final Set<String> OFFICES = Set.of("Secretary", "Minister", "Ministers", "Secretaries",
            "Undersecretary", "Commissioner", "Director", "Chancellor");

    private TitleFragments() {
    }

    static List<Mention> drop(List<CoreLabel> tokens, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer i = at.startingAt(m.span().start());
            boolean fragment = i != null && i >= 2 && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION)
                    && tokens.get(i).endPosition() == m.span().end()
                    && tokens.get(i - 1).word().equals("of") && OFFICES.contains(tokens.get(i - 2).word());
            if (!fragment) {
                out.add(m);
            }
        }
        return out;
    }
}
