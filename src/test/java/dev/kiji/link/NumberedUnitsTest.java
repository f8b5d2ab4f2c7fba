package dev.kiji.link;

import static dev.kiji.doc.EntityType.EVENT;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An English ordinal opens an edition only before a series' name: a numbered unit keeps its number and links to its
 * own entry; an officer named with a rank and without the middle initial the KB gives links to the person.
 */
class NumberedUnitsTest {
    private static KbEntry entry(String id, EntityType type, String en) {
        return new KbEntry(id, type, type == ORGANIZATION ? Subtype.POLITICAL : null, new KbEntry.Labels(en, null),
                null, null, "test entry");
    }

    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(List.of(
            entry("kb:org:kirimine_hq_3", ORGANIZATION, "3rd Regional Kirimine Headquarters"),
            entry("kb:org:kirimine_hq_5", ORGANIZATION, "5th Regional Kirimine Headquarters"),
            entry("kb:event:kirimine_cup", EVENT, "Kirimine Cup"),
            entry("kb:person:vellamo", PERSON, "Oskar T. Vellamo"))));

    private static String linked(String text, String mention, EntityType type) {
        Document d = LINKER.process(DocBuilder.en("News", text).m(mention, type).build());
        return d.mentions().get(0).entity();
    }

    @Test
    void aNumberedUnitKeepsItsNumber() {
        assertEquals("kb:org:kirimine_hq_3", linked("Officers of the 3rd Regional Kirimine Headquarters said so.",
                "3rd Regional Kirimine Headquarters", ORGANIZATION));
        assertEquals("kb:org:kirimine_hq_5", linked("The 5th Regional Kirimine Headquarters said so.",
                "5th Regional Kirimine Headquarters", ORGANIZATION));
    }

    @Test
    void anEditionOfASeriesTypedAnOrganizationIsTheSeries() {
        assertEquals("kb:event:kirimine_cup", linked("The 12th Kirimine Cup opened on Sunday.", "12th Kirimine Cup",
                ORGANIZATION));
    }

    @Test
    void anOfficerNamedWithARankIsThePerson() {
        assertEquals("kb:person:vellamo", linked("Commodore Oskar Vellamo sailed in 1853.", "Commodore Oskar Vellamo",
                PERSON));
        assertEquals("kb:person:vellamo", linked("Rear Admiral Oskar Vellamo sailed in 1853.",
                "Rear Admiral Oskar Vellamo", PERSON));
    }
}
