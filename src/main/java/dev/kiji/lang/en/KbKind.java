package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;

/** The type (and organization subtype) the knowledge base gives a name, as the English rules read it. */
record KbKind(EntityType type, Subtype subtype) {

    /**
     * The one kind the KB's exact (non-partial) names give {@code name}, or {@code null} when there is none or
     * several, or when one of them is an organization without a subtype (no kind to give).
     */
    static KbKind of(KnowledgeBase kb, String name) {
        KbKind found = null;
        for (KnowledgeBase.AliasHit h : kb.lookup(NameKey.of(name))) {
            if (h.partial()) {
                continue;
            }
            EntityType t = h.entry().type();
            KbKind k = new KbKind(t, t == EntityType.ORGANIZATION ? h.entry().subtype() : null);
            if (t == EntityType.ORGANIZATION && k.subtype == null || found != null && !found.equals(k)) {
                return null;
            }
            found = k;
        }
        return found;
    }

    /** Whether any KB entry of {@code type}, by a full or a partial name, is called {@code name}. */
    static boolean names(KnowledgeBase kb, String name, EntityType type) {
        return kb.lookup(NameKey.of(name)).stream().anyMatch(h -> h.entry().type() == type);
    }
}
