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
 * as a place, or only as a product or a facility ("Jimny") — no person of any kind, not even by surname, and no
 * other kind of entity under the name — becomes that place, product or facility, unless a longer person name in
 * the article contains the word (then it is that person's surname).
 */
final class KnownTypes {
    private KnownTypes() {
    }

    static List<Mention> apply(KnowledgeBase kb, List<Mention> mentions) {
        java.util.Set<String> personWords = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().strip().indexOf(' ') > 0 && productVariant(kb, m.text()) == null) {
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
                if (k == null && m.type() == EntityType.PERSON) {
                    k = placeOnly(kb, m.text());
                }
                if (k == null) {
                    k = productVariant(kb, m.text());
                }
                if (k != null && (k.type() != m.type() || k.subtype() != m.subtype())) {
                    typed = new Mention(m.span(), m.text(), k.type(), k.subtype(), m.value(), m.entity());
                }
            } else if (m.type() == EntityType.PERSON && !personWords.contains(NameKey.of(m.text()))) {
                KbKind k = onlyOneThing(kb, m.text());
                if (k != null) {
                    typed = new Mention(m.span(), m.text(), k.type(), k.subtype(), m.value(), m.entity());
                }
            }
            out.add(typed);
        }
        return out;
    }

    /**
     * The one kind of thing the KB knows {@code word} as, when every entry under it (full or partial alias) is a
     * place, a product or a facility of that one kind, and there is one; else {@code null}. An organization's
     * one-word name stays a person's: companies are named after founders (Suzuki, Honda).
     */
    private static KbKind onlyOneThing(KnowledgeBase kb, String word) {
        List<KnowledgeBase.AliasHit> hits = kb.lookup(NameKey.of(word));
        if (hits.isEmpty() || hits.stream().anyMatch(KnowledgeBase.AliasHit::partial)) {
            return null;
        }
        KbKind k = KbKind.of(kb, word);
        return k != null && ONE_WORD_KINDS.contains(k.type()) ? k : null;
    }

    /**
     * A model of a product the KB knows by its first word only (Jimny Sierra, Jimny Nomade: the Jimny's variants): that
     * product's kind; else {@code null}.
     */
    private static KbKind productVariant(KnowledgeBase kb, String name) {
        String first = name.strip().split("\\s+")[0];
        if (JapaneseNames.ROMAJI.contains(first.toLowerCase(java.util.Locale.ROOT))) {
            return null;  // Akira Otsuka, Haruka Miura: a Japanese given name first, whatever film or train bears it
        }
        KbKind k = onlyOneThing(kb, first);
        return k != null && k.type() == EntityType.PRODUCT && KbKind.of(kb, name) == null ? k : null;
    }

    /** Romanizations of Japanese family and given names, read once. */
    private static final class JapaneseNames {
        static final java.util.Set<String> ROMAJI = java.util.Set.copyOf(dev.kiji.link.kb.NameReadings.shared().romanizations());
    }

    private static final java.util.Set<EntityType> ONE_WORD_KINDS = java.util.EnumSet.of(EntityType.LOCATION,
            EntityType.PRODUCT, EntityType.FACILITY);

    /**
     * The place a multi-word "person" is when the KB's exact names give it that one kind ({@code Kumano Kodo}, {@code
     * Goto Islands}: the CRF reads two Japanese words as a given name and a surname); else {@code null}.
     */
    private static KbKind placeOnly(KnowledgeBase kb, String name) {
        KbKind k = KbKind.of(kb, name);
        return k != null && k.type() == EntityType.LOCATION && !KbKind.names(kb, name, EntityType.PERSON) ? k : null;
    }

    /** The one kind the KB's exact names give {@code name} ({@link KbKind#of}), or {@code null} when a person or place. */
    private static KbKind kindOf(KnowledgeBase kb, String name) {
        KbKind k = KbKind.of(kb, name);
        return k == null || k.type() == EntityType.PERSON || k.type() == EntityType.LOCATION ? null : k;
    }
}
