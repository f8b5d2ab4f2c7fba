package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A linked mention carries its entity's type and subtype: the KB corrects the recognizer. */
class LinkedTypesTest {
    private static final KbEntry ALLIANCE = new KbEntry("kb:org:north_pact", ORGANIZATION, Subtype.POLITICAL,
            new KbEntry.Labels("North Pact Organization", "北方条約機構"), null, null, "");
    private static final KbEntry HALL = new KbEntry("kb:fac:grand_hall", FACILITY, null,
            new KbEntry.Labels("Grand Hall", "グランドホール"), null, null, "");
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(List.of(ALLIANCE, HALL)));

    @Test
    void subtypeComesFromTheKnowledgeBase() {
        Document d = LINKER.process(DocBuilder.en("News", "The North Pact Organization met on Monday.")
                .m("North Pact Organization", ORGANIZATION).build());
        Mention m = d.mentions().get(0);
        Entity e = d.entities().get(0);
        assertEquals("kb:org:north_pact", m.entity());
        assertEquals(Subtype.POLITICAL, e.subtype());
        assertEquals(Subtype.POLITICAL, m.subtype(), "mention agrees with its entity");
    }

    @Test
    void typeComesFromTheEntityWhenAStandInLinked() {
        Document d = LINKER.process(DocBuilder.en("News", "They gathered at Grand Hall.")
                .m("Grand Hall", ORGANIZATION).build());
        Mention m = d.mentions().get(0);
        assertEquals("kb:fac:grand_hall", m.entity());
        assertEquals(d.entities().get(0).type(), m.type());
        assertEquals(EntityType.FACILITY, m.type());
    }
}
