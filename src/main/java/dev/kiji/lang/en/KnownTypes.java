package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-word name the knowledge base knows exactly, as one kind of facility, event, product or
 * organization with a subtype, takes that type: CoreNLP's three classes have no facility, event or
 * product, so it calls "Joetsu Shinkansen" a person and "Tokyo Dome" a place. Persons and places the
 * KB also knows under the name, or names of several kinds, are left as tagged.
 *
 * <p>One word is too weak a name for that, with one exception: the CRF calls an unfamiliar one-word place a
 * person ("Hyuga", "Taketomi"), and a person can never link to a place. A one-word "person" the KB knows only
 * as a place — no person of any kind, not even by surname, and no other kind of entity under the name —
 * becomes that place, unless a longer person name in the article contains the word (then it is that
 * person's surname).
 */
final class KnownTypes {
    private KnownTypes() {
    }

    static List<Mention> apply(KnowledgeBase kb, List<Mention> mentions) {
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().strip().indexOf(' ') > 0) {
                for (String w : m.text().strip().split("\\s+")) {
                    personWords.add(NameKey.of(w));
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention typed = m;
            if (!m.type().isValue() && m.text().strip().indexOf(' ') > 0) {
                KbKind k = kindOf(kb, m.text());
                if (k != null && (k.type() != m.type() || k.subtype() != m.subtype())) {
                    typed = new Mention(m.span(), m.text(), k.type(), k.subtype(), m.value(), m.entity());
                }
            } else if (m.type() == EntityType.PERSON && !personWords.contains(NameKey.of(m.text()))
                    && onlyAPlace(kb, m.text())) {
                typed = new Mention(m.span(), m.text(), EntityType.LOCATION, null, m.value(), m.entity());
            }
            out.add(typed);
        }
        return out;
    }

    /** Whether every KB entry under {@code word} (full or partial alias) is a place, and there is one. */
    private static boolean onlyAPlace(KnowledgeBase kb, String word) {
        List<KnowledgeBase.AliasHit> hits = kb.lookup(NameKey.of(word));
        return !hits.isEmpty() && hits.stream().allMatch(h -> !h.partial() && h.entry().type() == EntityType.LOCATION);
    }

    /** The one kind the KB's exact names give {@code name} ({@link KbKind#of}), or {@code null} when a person or place. */
    private static KbKind kindOf(KnowledgeBase kb, String name) {
        KbKind k = KbKind.of(kb, name);
        return k == null || k.type() == EntityType.PERSON || k.type() == EntityType.LOCATION ? null : k;
    }
}
