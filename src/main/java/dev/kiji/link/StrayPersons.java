package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Retypes a bare one-word PERSON mention that no person of the article is named by and that names
 * something else: the short form of an organization the article names in full ({@code Krafton} after
 * {@code Krafton Inc.}, {@code 鹿島} after {@code 鹿島アントラーズ}) takes that organization's type, and so does a
 * name of several words that is such an organization's name without its legal form ({@code Hokuto Sensor} after
 * {@code Hokuto Sensor Co.}) or its first words ({@code Daishi Hokuetsu} after {@code Daishi Hokuetsu Financial Group}; a
 * facility's too: {@code Kirimine Daiichi} after {@code Kirimine Daiichi High School}); a
 * name the KB has in full for a place or organization and for no person ({@code Hokkaido},
 * {@code Komeito}, and a Japanese name read as two words such as {@code 那覇地検}) takes the KB's type. A word that is part of a person's full name in the article
 * ({@code Hayase} beside {@code Makoto Hayase}), or has a title or honorific, stays a person.
 * <p>The other way round, a one-word organization, facility or product that is part of a person's full name in
 * the article and that the KB has as no such thing is that person (the KB may know it as a place: {@code 白石},
 * a city): the recognizer reads the surname in
 * {@code Arimura's shop} or {@code 白石は「…」} after {@code 白石蓮} as an organization. Places are left alone
 * ({@code Ueno} may be a place and a surname in one article).
 */
final class StrayPersons {
    private final KnowledgeBase kb;

    StrayPersons(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** For each form, the mention retyped, or {@code null} to keep it. */
    List<Mention> retyped(List<MentionForm> forms) {
        Set<String> personParts = new HashSet<>();
        List<MentionForm> others = new ArrayList<>();
        for (MentionForm f : forms) {
            if (f.type() == EntityType.PERSON && f.isMultiPart()) {
                personParts.addAll(f.partKeys());
            } else if (f.type() != EntityType.PERSON && !f.type().isValue()) {
                others.add(f);
            }
        }
        List<Mention> out = new ArrayList<>(forms.size());
        for (MentionForm f : forms) {
            boolean surname = straySurname(f, personParts) && shortFormOf(f, others) == null;
            out.add(surname ? as(f.mention(), EntityType.PERSON, null) : retyped(f, personParts, others));
        }
        return out;
    }

    /** True when {@code f} is a one-word organization, facility or product named like a person of the article. */
    private boolean straySurname(MentionForm f, Set<String> personParts) {
        EntityType t = f.type();
        if (t != EntityType.ORGANIZATION && t != EntityType.FACILITY && t != EntityType.PRODUCT || f.isMultiPart()
                || f.key().length() < 2) {
            return false;
        }
        boolean part = NameForms.isLatin(f.canonical()) ? personParts.contains(f.key())
                : personParts.stream().anyMatch(p -> p.startsWith(f.key()));  // 白石 of an unsplit 白石蓮, too
        return part && kb.lookup(f.key()).stream().noneMatch(h -> !h.partial() && h.entry().type() == t);
    }

    /** {@code f} retyped as what it names when it is a stray person, else {@code null}. */
    private Mention retyped(MentionForm f, Set<String> personParts, List<MentionForm> others) {
        if (f.type() != EntityType.PERSON || !f.titles().isEmpty() && !affiliation(f)) {
            return null;
        }
        MentionForm legal = orgWithLegalForm(f, others);
        if (f.isMultiPart() && legal == null && NameForms.isLatin(f.canonical())) {
            legal = others.stream().filter(g -> (g.type() == EntityType.ORGANIZATION || g.type() == EntityType.FACILITY)
                    && MentionClusterer.startsWithParts(g.partKeys(), f.partKeys())).findFirst().orElse(null);
        }
        if (f.isMultiPart() && legal != null) {
            return as(f.mention(), legal.type(), legal.mention().subtype());
        }
        boolean candidate = (!f.isMultiPart() || kanjiKbName(f)) && f.key().length() >= 2
                && !personParts.contains(f.key()) && !isPersonPart(f.key(), personParts);
        if (!candidate) {
            return null;
        }
        // a KB person's surname alone (a partial name) does not keep the short form of an organization the article
        // names in full from being that organization (Murata after Murata Manufacturing); a full KB person name does
        MentionForm shortOf = shortFormOf(f, others);
        if (kb.lookup(f.key()).stream().anyMatch(h -> h.entry().type() == EntityType.PERSON && (shortOf == null || !h.partial()))) {
            return null;
        }
        MentionForm org = legal != null ? legal : shortOf != null ? shortOf : lastWordOf(f, others);
        return org != null ? as(f.mention(), org.type(), org.mention().subtype()) : kbType(f);
    }

    /**
     * A Japanese-script mention the name parser split like a person's ({@code 前橋|地検}) that the KB has in full as
     * the name of something else ({@code 前橋地検}, a prosecutors office) and of no person.
     */
    private boolean kanjiKbName(MentionForm f) {
        return !NameForms.isLatin(f.canonical()) && kb.lookup(f.key()).stream().anyMatch(h -> !h.partial()
                && h.entry().type() != EntityType.PERSON);
    }

    /**
     * A Japanese-script name the KB has in full as an organization and as no person, followed by a title: the title
     * is held at that organization ({@code 京都大特別教授}, {@code 東大教授}), it does not make the name a person.
     */
    private boolean affiliation(MentionForm f) {
        if (NameForms.isLatin(f.canonical())) {
            return false;
        }
        List<KnowledgeBase.AliasHit> hits = kb.lookup(f.key());
        return hits.stream().anyMatch(h -> !h.partial() && h.entry().type() == EntityType.ORGANIZATION)
                && hits.stream().noneMatch(h -> h.entry().type() == EntityType.PERSON);
    }

    /** {@code 真壁} inside the kanji full name {@code 真壁隼人}, which may not be split into parts. */
    private static boolean isPersonPart(String key, Set<String> personParts) {
        return personParts.stream().anyMatch(p -> p.startsWith(key) || p.endsWith(key));
    }

    /**
     * The organization of the article named {@code f} plus a legal form ({@code Hokuto Sensor} after {@code Hokuto
     * Sensor Co.}), or null.
     */
    private static MentionForm orgWithLegalForm(MentionForm f, List<MentionForm> others) {
        for (MentionForm g : others) {
            if (g.type() == EntityType.ORGANIZATION && f.key().equals(LegalForm.strippedKey(g.canonical()))) {
                return g;
            }
        }
        return null;
    }

    /** The organization of the article whose name begins with {@code f}'s ({@code Krafton} of {@code Krafton Inc.}), or null. */
    private static MentionForm shortFormOf(MentionForm f, List<MentionForm> others) {
        boolean latin = NameForms.isLatin(f.canonical());
        for (MentionForm g : others) {
            boolean shortForm = latin
                    ? g.partKeys().size() > f.partKeys().size() && g.partKeys().get(0).equals(f.key())
                    : g.key().length() > f.key().length() && g.key().startsWith(f.key());
            if (shortForm && g.type() == EntityType.ORGANIZATION) {
                return g;
            }
        }
        return null;
    }

    /**
     * The name of the article, not a person's, whose last word is {@code f}, a Latin word of four or more letters the
     * KB does not know ({@code Gokaicho} of {@code Zenkoji Gokaicho}, {@code Bluteon} of {@code Osaka Bluteon}), or
     * null: English copy calls a festival, a team or a theatre by its own word once it has named it in full.
     */
    private MentionForm lastWordOf(MentionForm f, List<MentionForm> others) {
        return others.stream().filter(g -> MentionClusterer.lastWordName(kb, f, g)).findFirst().orElse(null);
    }

    /** {@code f} as the one kind of thing the KB's full names give its name, or {@code null}. */
    private Mention kbType(MentionForm f) {
        Mention m = f.mention();
        EntityType kbType = null;
        for (KnowledgeBase.AliasHit h : kb.lookup(f.key())) {
            KbEntry e = h.entry();
            if (h.partial()) {
                continue;
            }
            if (kbType != null && kbType != e.type()) {
                return null;  // a place and an organization: leave it
            }
            kbType = e.type();
        }
        return kbType == null ? null : as(m, kbType, kbType == EntityType.ORGANIZATION ? Subtype.OTHER : null);
    }

    private static Mention as(Mention m, EntityType type, Subtype subtype) {
        return new Mention(m.span(), m.text(), type, type == EntityType.ORGANIZATION ? subtype : null, m.value(),
                m.entity());
    }
}
