package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.PERSON;
import static dev.kiji.doc.EntityType.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Salience: the headline's subject ranks first; a site name that opens the text and never recurs does not. */
class SalienceTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static List<String> names(Document d) {
        return d.entities().stream().map(Entity::name).toList();
    }

    private static int rank(Document d, String name) {
        return names(d).indexOf(name);
    }

    @Test
    void aSiteNameOnTheFirstLineIsNoSubject() {
        Document d = LINKER.process(DocBuilder.en("Morning Lantern Online",
                "Telmark and Vossberg agree to more talks. Telmark's envoy Jonas Arvid met Vossberg's Petra Lind. "
                        + "Arvid said Telmark wanted calm; Lind said Vossberg did too. Telmark will host the next round.")
                .m("Morning Lantern Online", PRODUCT).m("Telmark", LOCATION).m("Vossberg", LOCATION)
                .m("Telmark", LOCATION).m("Jonas Arvid", PERSON).m("Vossberg", LOCATION).m("Petra Lind", PERSON)
                .m("Arvid", PERSON).m("Telmark", LOCATION).m("Lind", PERSON).m("Vossberg", LOCATION)
                .m("Telmark", LOCATION).build());
        assertEquals("Telmark", names(d).get(0), names(d).toString());
        assertEquals(names(d).size() - 1, rank(d, "Morning Lantern Online"), d.entities().toString());
    }

    @Test
    void aHeadlineSubjectTheStoryNamesAgainKeepsTheTitleShare() {
        Document d = LINKER.process(DocBuilder.en("Arvid resigns as premier",
                "Jonas Arvid, Telmark's premier, quit on Monday. Telmark's parliament met; Telmark will vote.")
                .m("Arvid", PERSON).m("Jonas Arvid", PERSON).m("Telmark", LOCATION).m("Telmark", LOCATION)
                .m("Telmark", LOCATION).build());
        assertEquals("Jonas Arvid", names(d).get(0), d.entities().toString());
        assertTrue(d.entities().get(0).salience() > d.entities().get(1).salience());
    }

    @Test
    void aHeadlineSubjectTheStoryNamesOtherwiseKeepsTheTitleShare() {
        Document d = LINKER.process(DocBuilder.en("Vossberg Fair opens to crowds",
                "The fair opened on Sunday. Petra Lind visited. Lind said Telmark would send a pavilion.")
                .m("Vossberg Fair", dev.kiji.doc.EntityType.EVENT).m("Petra Lind", PERSON).m("Lind", PERSON)
                .m("Telmark", LOCATION).build());
        assertEquals("Vossberg Fair", names(d).get(0), d.entities().toString());
    }
}
