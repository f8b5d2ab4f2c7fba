package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.HashSet;
import java.util.Set;

/** What the knowledge base's aliases say about a mention's name, for clustering: which entries it names and how. */
final class KbAliasIds {
    private final KnowledgeBase kb;

    KbAliasIds(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The single KB entry a full (non-partial) alias of this mention names, preferring the mention's own type. */
    String strong(MentionForm f) {
        Set<String> exact = new HashSet<>();
        Set<String> compat = new HashSet<>();
        for (KnowledgeBase.AliasHit h : kb.lookup(f.key())) {
            KbEntry e = h.entry();
            if (h.partial()) {
                continue;
            }
            if (e.type() == f.type()) {
                exact.add(e.id());
            } else if (compatible(e.type(), f.type())) {
                compat.add(e.id());
            }
        }
        Set<String> pick = exact.isEmpty() ? compat : exact;
        return pick.size() == 1 ? pick.iterator().next() : null;
    }

    /** The KB entries of this mention's type that a full (non-partial) alias of it names. */
    Set<String> fullOfType(MentionForm f) {
        return ofType(f, false);
    }

    /** The KB entries of this mention's type that a partial alias of it names. */
    Set<String> partial(MentionForm f) {
        return ofType(f, true);
    }

    private Set<String> ofType(MentionForm f, boolean partial) {
        Set<String> out = new HashSet<>();
        for (KnowledgeBase.AliasHit h : kb.lookup(f.key())) {
            if (h.partial() == partial && h.entry().type() == f.type()) {
                out.add(h.entry().id());
            }
        }
        return out;
    }

    /**
     * Names of things that are not people stand in for each other: a country acting as its government,
     * the White House or the Kremlin as the administration (an English NER has no facility class), and
     * a recognizer's EVENT/PRODUCT guess for a name the KB knows as a place or building. Only people
     * never stand in: a person's name is never a place's.
     */
    static boolean compatible(EntityType a, EntityType b) {
        return a == b || (isNonPersonName(a) && isNonPersonName(b));
    }

    private static boolean isNonPersonName(EntityType t) {
        return t == EntityType.ORGANIZATION || t == EntityType.LOCATION || t == EntityType.FACILITY
                || t == EntityType.EVENT || t == EntityType.PRODUCT;
    }

    /** Both names are KB names, of no entity in common ({@code Niigata} the prefecture, {@code Niigata City}). */
    boolean nameOtherThings(MentionForm f, MentionForm g) {
        Set<String> a = full(f);
        Set<String> b = full(g);
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    private Set<String> full(MentionForm f) {
        Set<String> out = new HashSet<>();
        for (KnowledgeBase.AliasHit h : kb.lookup(f.key())) {
            if (!h.partial() && compatible(h.entry().type(), f.type())) {
                out.add(h.entry().id());
            }
        }
        return out;
    }

    /** The type of KB entry {@code id}, or null. */
    EntityType type(String id) {
        return kb.byId(id).map(KbEntry::type).orElse(null);
    }

    /**
     * The one entry that full (non-partial) aliases among {@code keys} name and {@code accept} takes, or empty when
     * there is none or more than one: a qualified lookup ({@code Google Pixel}, {@code 2026 World Cup}) links only
     * when it is unambiguous.
     */
    static java.util.Optional<KbEntry> uniqueFullHit(KnowledgeBase kb, java.util.Collection<String> keys,
            java.util.function.Predicate<KbEntry> accept) {
        Set<String> found = new HashSet<>();
        KbEntry one = null;
        for (String key : keys) {
            for (KnowledgeBase.AliasHit h : kb.lookup(key)) {
                if (!h.partial() && accept.test(h.entry()) && found.add(h.entry().id())) {
                    one = h.entry();
                }
            }
        }
        return found.size() == 1 ? java.util.Optional.of(one) : java.util.Optional.empty();
    }
}
