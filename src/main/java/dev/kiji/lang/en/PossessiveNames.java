package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A name whose own spelling ends in 's (Christie's, Sotheby's, McDonald's, Moody's): the CRF reads the 's as a
 * possessive and tags "Christie" alone, often as a person. When the knowledge base holds an organization whose
 * English label or alias is the mention with the 's, the mention takes the 's and becomes that organization.
 */
final class PossessiveNames {
    private PossessiveNames() {
    }

    static List<Mention> apply(String text, KnowledgeBase kb, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.span().end();
            boolean possessive = !m.type().isValue() && end + 2 <= text.length()
                    && (text.startsWith("'s", end) || text.startsWith("’s", end))
                    && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)));
            KbEntry org = possessive ? organizationNamed(kb, m.text() + "'s") : null;
            out.add(org == null ? m : new Mention(new CharSpan(m.span().start(), end + 2), text.substring(m.span().start(), end + 2),
                    EntityType.ORGANIZATION, org.subtype(), m.value(), m.entity()));
        }
        return out;
    }

    /** The one organization whose English label or alias is {@code name} spelt with its 's, or null. */
    private static KbEntry organizationNamed(KnowledgeBase kb, String name) {
        KbEntry found = null;
        for (KnowledgeBase.AliasHit h : kb.lookup(NameKey.of(name))) {
            KbEntry e = h.entry();
            boolean spelt = name.equalsIgnoreCase(e.labels().en()) || e.aliases().en().stream().anyMatch(name::equalsIgnoreCase);
            if (h.partial() || !spelt) {
                continue;
            }
            if (e.type() != EntityType.ORGANIZATION || found != null && !found.id().equals(e.id())) {
                return null;
            }
            found = e;
        }
        return found;
    }
}
