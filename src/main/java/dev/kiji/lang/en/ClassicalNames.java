package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * A classical Japanese name joins clan and given name with "no" ({@code Minamoto no Yoshitsune}, {@code Fujiwara no
 * Teika}): the CRF tags the clan as a person and stops at the lower-case particle, so a one-word person followed by
 * "no" and one capitalized word that no other mention covers is one person, the whole name. A clan before a word the CRF
 * tagged otherwise ({@code Ishin no Kai}, an organization) is left alone.
 */
final class ClassicalNames {
    private ClassicalNames() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer last = m.type() == EntityType.PERSON && m.text().indexOf(' ') < 0 ? at.endingAt(m.span().end()) : null;
            if (last == null || last + 2 >= tokens.size() || !tokens.get(last + 1).word().equals("no")
                    || !givenName(tokens.get(last + 2).word()) || covered(mentions, tokens.get(last + 2))) {
                out.add(m);
                continue;
            }
            int end = tokens.get(last + 2).endPosition();
            String text = m.text() + " no " + tokens.get(last + 2).word();
            if (tokens.get(last + 1).beginPosition() != m.span().end() + 1 || tokens.get(last + 2).beginPosition() != tokens.get(last + 1).endPosition() + 1) {
                out.add(m);  // only single spaces between the words, so the name's text is the source's
                continue;
            }
            out.add(new Mention(new CharSpan(m.span().start(), end), text, EntityType.PERSON, null, null, null));
        }
        return out;
    }

    /** A capitalized word of lower-case letters after the first (Yoshitsune, Teika). */
    private static boolean givenName(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static boolean covered(List<Mention> mentions, CoreLabel t) {
        return mentions.stream().anyMatch(o -> o.span().start() < t.endPosition() && o.span().end() > t.beginPosition());
    }
}
