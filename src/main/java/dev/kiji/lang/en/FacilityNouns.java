package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A place or person name right before a lower-case noun for a works is that works, a facility, with the noun in its
 * name: "the Ben Nevis distillery", "Imabari's Saijo shipyard", "the Ito campus", "the San Jose mine", "the Shika
 * reactor". The CRF tags the name alone, as the place it is named after or as a person, or misses it: after "the",
 * one to three capitalized words the CRF left untagged before such a noun are that facility's name too. An
 * organization's name stays ("a Toyota plant" is Toyota's plant, annotated as the company).
 */
final class FacilityNouns {
    private static final Set<String> NOUNS = Set.of("distillery", "shipyard", "campus", "plant", "mine", "reactor",
            "mill", "refinery", "smelter");

    private FacilityNouns() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer last = at.endingAt(m.span().end());
            boolean named = m.type() == EntityType.LOCATION || m.type() == EntityType.PERSON;
            if (named && last != null && last + 1 < tokens.size() && NOUNS.contains(tokens.get(last + 1).word())
                    && tokens.get(last + 1).beginPosition() == m.span().end() + 1) {
                CharSpan span = new CharSpan(m.span().start(), tokens.get(last + 1).endPosition());
                out.add(new Mention(span, m.text() + " " + tokens.get(last + 1).word(), EntityType.FACILITY, null, m.value(),
                        m.entity()));
            } else {
                out.add(m);
            }
        }
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).word().equalsIgnoreCase("the")) {
                continue;
            }
            int n = k + 1;
            StringBuilder name = new StringBuilder();
            while (n < tokens.size() && n <= k + 3 && capitalized(tokens.get(n).word())
                    && tokens.get(n).beginPosition() == tokens.get(n - 1).endPosition() + 1) {
                name.append(tokens.get(n).word()).append(' ');
                n++;
            }
            if (n > k + 1 && n < tokens.size() && NOUNS.contains(tokens.get(n).word())
                    && tokens.get(n).beginPosition() == tokens.get(n - 1).endPosition() + 1) {
                CharSpan span = new CharSpan(tokens.get(k + 1).beginPosition(), tokens.get(n).endPosition());
                if (out.stream().noneMatch(o -> o.span().start() < span.end() && span.start() < o.span().end())) {
                    out.add(new Mention(span, name + tokens.get(n).word(), EntityType.FACILITY, null, null, null));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt((Mention o) -> o.span().start()));
        return out;
    }

    private static boolean capitalized(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase);
    }
}
