package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameReadings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Retypes an entity mention where the recognizer's type is weaker evidence than the name itself or the rest
 * of the article, so that one unlinked entity gets one type, and so one NIL id ({@code nil:<class>:<key>}), in
 * both languages. No rule retypes a name the KB knows in full as a thing of another type (then the KB's type stands):
 * <ul>
 *   <li>a kanji name that is a known family name followed by a known given name ({@link NameReadings}), that
 *       ENAMDICT lists as no place or organization and that ends in no generic word or place suffix
 *       ({@code 田原市}), is a PERSON
 *       ({@code 四十物湊} typed an organization, {@code 錦織圭} typed an event);</li>
 *   <li>an English two-word name whose last word names one of the article's people alone ({@code Yuma Kagiyama}
 *       typed a place, beside {@code Kagiyama}) is that PERSON;</li>
 *   <li>a one-word place name the article's people are named by ({@code Koketsu} beside {@code Chihiro Koketsu}) is a
 *       PERSON when more of the article's person mentions carry it than mentions of the recognizer's type (an
 *       organization, facility or product so named is one of {@link StrayPersons});</li>
 *   <li>a one-word Hepburn name ending in {@code sha} (社, a company: {@code Kodansha}) typed a place, product
 *       or facility is an ORGANIZATION.</li>
 * </ul>
 */
final class NameEvidence {
    private static final int MIN_SHA_NAME = 8;

    private final KnowledgeBase kb;
    private final NameReadings readings;
    private final NameRomanizer dictionary;

    NameEvidence(KnowledgeBase kb, NameReadings readings, NameRomanizer dictionary) {
        this.kb = kb;
        this.readings = readings;
        this.dictionary = dictionary;
    }

    /** For each form, the mention retyped, or {@code null} to keep it. */
    List<Mention> retyped(List<MentionForm> forms) {
        Set<String> fullNameParts = new HashSet<>();
        forms.stream().filter(f -> f.type() == EntityType.PERSON && f.isMultiPart())
                .forEach(f -> fullNameParts.addAll(f.partKeys()));
        Set<String> bareSurnames = new HashSet<>();  // one-word person mentions: Kagiyama
        forms.stream().filter(f -> f.type() == EntityType.PERSON && !f.isMultiPart() && NameForms.isLatin(f.canonical()))
                .forEach(f -> bareSurnames.add(f.key()));
        Map<String, Integer> personVotes = new HashMap<>();  // person mentions carrying a part of a full name
        Map<String, Integer> typeVotes = new HashMap<>();
        for (MentionForm f : forms) {
            if (f.type() == EntityType.PERSON) {
                f.partKeys().stream().distinct().filter(fullNameParts::contains)
                        .forEach(p -> personVotes.merge(p, 1, Integer::sum));
            } else {
                typeVotes.merge(f.type() + ":" + f.key(), 1, Integer::sum);
            }
        }
        List<Mention> out = new ArrayList<>(forms.size());
        for (MentionForm f : forms) {
            out.add(retype(f, personVotes, typeVotes, bareSurnames));
        }
        return out;
    }

    private Mention retype(MentionForm f, Map<String, Integer> personVotes, Map<String, Integer> typeVotes,
            Set<String> bareSurnames) {
        if (f.type() == EntityType.PERSON || f.type().isValue()) {
            return null;
        }
        boolean person = personShape(f) || givenNameAndSurname(f, bareSurnames)
                || f.type() == EntityType.LOCATION && !f.isMultiPart() && personVotes.getOrDefault(f.key(), 0) > typeVotes.getOrDefault(f.type() + ":" + f.key(), 0);
        if (person && !kbKnowsAsOtherThan(f, EntityType.PERSON)) {
            return as(f.mention(), EntityType.PERSON, null);
        }
        if (f.type() != EntityType.ORGANIZATION && companyInRomaji(f.canonical())
                && !kbKnowsAsOtherThan(f, EntityType.ORGANIZATION)) {
            return as(f.mention(), EntityType.ORGANIZATION, Subtype.COMPANY);
        }
        return null;
    }

    /**
     * An English two-word place or organization name whose second word the article names a person by alone
     * ({@code Yuma Kagiyama} read as a place after a dateline, beside {@code Kagiyama, 23, said}), unless its first
     * word is a generic one ({@code Mount Ashitaka} beside a stray {@code Ashitaka}: no given name).
     */
    private static boolean givenNameAndSurname(MentionForm f, Set<String> bareSurnames) {
        List<String> parts = f.partKeys();
        return (f.type() == EntityType.LOCATION || f.type() == EntityType.ORGANIZATION) && NameForms.isLatin(f.canonical())
                && parts.size() == 2 && bareSurnames.contains(parts.get(1)) && !bareSurnames.contains(parts.get(0))
                && !GenericWords.genericEnglish(List.of(parts.get(0))) && GenericWords.classOf(parts.get(0)) == null;
    }

    /** The KB has the whole name for something of another type (then the KB's type stands). */
    private boolean kbKnowsAsOtherThan(MentionForm f, EntityType type) {
        return kb.lookup(f.key()).stream().anyMatch(h -> !h.partial() && h.entry().type() != type);
    }

    /** A kanji family name plus given name, and nothing a dictionary lists as a place or organization. */
    private boolean personShape(MentionForm f) {
        String s = f.canonical();
        boolean placeSuffix = GenericWords.placeSuffix(s.substring(s.length() - 1))
                || s.length() > 2 && GenericWords.placeSuffix(s.substring(s.length() - 2));  // 田原市 is no 田原 + 市
        return !placeSuffix && readings.split(s, 0).isPresent() && !dictionary.namesAThing(s) && NilNames.japaneseTail(s).isEmpty();
    }

    /** {@code Kodansha}, {@code Shinchosha}: a Hepburn word that of eight or more letters that ends in the reading of 社. */
    static boolean companyInRomaji(String name) {
        if (!NameForms.isLatin(name) || name.strip().contains(" ")) {
            return false;
        }
        String w = name.strip().toLowerCase(Locale.ROOT);
        return w.length() >= MIN_SHA_NAME && w.endsWith("sha") && ForeignName.isHepburn(w);
    }

    private static Mention as(Mention m, EntityType type, Subtype subtype) {
        return new Mention(m.span(), m.text(), type, subtype, m.value(), m.entity());
    }
}
