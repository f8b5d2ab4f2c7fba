package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * A name the CRF ran across a possessive is two names: {@code Japan's Labor Standards Act} is Japan and the act,
 * {@code International Skating Union's Grand Prix} the union and its series. Split only where the owner is a name
 * the KB knows exactly as one kind of thing ({@link KbKind}: {@code Emperor's Cup}, {@code Women's World Cup} and
 * {@code People's Bank of China} stay whole) and a capitalized name follows the {@code 's}; the owner takes the
 * KB's type, the rest keeps the mention's.
 */
final class Possessives {
    private Possessives() {
    }

    static List<Mention> apply(List<CoreLabel> tokens, KnowledgeBase kb, List<Mention> mentions) {
        TokenOffsets at = new TokenOffsets(tokens);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer first = m.type().isValue() ? null : at.startingAt(m.span().start());
            Integer last = first == null ? null : at.endingAt(m.span().end());
            int s = first == null || last == null ? -1 : possessive(tokens, first, last);
            int from = m.span().start();
            String ownerName = s < 0 ? null : m.text().substring(0, tokens.get(s - 1).endPosition() - from);
            KbKind owner = ownerName == null ? null : KbKind.of(kb, ownerName);
            if (owner == null) {
                out.add(m);
                continue;
            }
            CharSpan b = new CharSpan(tokens.get(s + 1).beginPosition(), m.span().end());
            out.add(new Mention(new CharSpan(from, from + ownerName.length()), ownerName, owner.type(), owner.subtype(), null, null));
            out.add(new Mention(b, m.text().substring(b.start() - from), m.type(), m.subtype(), m.value(), m.entity()));
        }
        return out;
    }

    /** The index of the one {@code 's} token inside tokens first..last with a capitalized word after it, or -1. */
    private static int possessive(List<CoreLabel> tokens, int first, int last) {
        int found = -1;
        for (int i = first + 1; i < last; i++) {
            String w = tokens.get(i).word();
            if (w.equals("'s") || w.equals("’s")) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found >= 0 && Character.isUpperCase(tokens.get(found + 1).word().charAt(0)) ? found : -1;
    }
}
