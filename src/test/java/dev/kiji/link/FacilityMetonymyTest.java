package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A facility in the KB is reached from a mention typed as a place or an organization, and back. */
class FacilityMetonymyTest {
    private static final KbEntry PALACE = entry("kb:fac:blue_palace", FACILITY, "Blue Palace", "青宮殿");
    private static final KbEntry TOWN = entry("kb:loc:harbor", LOCATION, "Harbor", "ハーバー");
    private static final KbEntry PORT = entry("kb:fac:harbor_port", FACILITY, "Harbor", "ハーバー港");
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(List.of(PALACE, TOWN, PORT)));

    private static KbEntry entry(String id, EntityType type, String en, String ja) {
        return new KbEntry(id, type, null, new KbEntry.Labels(en, ja), null, null, "");
    }

    private static String idOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entity).findFirst().orElseThrow();
    }

    @Test
    void placeOrOrganizationMentionLinksToAFacility() {
        Document asPlace = LINKER.process(DocBuilder.en("Talks", "The Blue Palace said no.").m("Blue Palace", LOCATION).build());
        assertEquals("kb:fac:blue_palace", idOf(asPlace, "Blue Palace"));
        Document asOrg = LINKER.process(DocBuilder.en("Talks", "The Blue Palace said no.").m("Blue Palace", ORGANIZATION).build());
        assertEquals("kb:fac:blue_palace", idOf(asOrg, "Blue Palace"));
    }

    @Test
    void theExactTypeWinsOverAStandIn() {
        Document place = LINKER.process(DocBuilder.en("Trip", "We reached Harbor.").m("Harbor", LOCATION).build());
        assertEquals("kb:loc:harbor", idOf(place, "Harbor"));
        Document port = LINKER.process(DocBuilder.en("Trip", "We reached Harbor.").m("Harbor", FACILITY).build());
        assertEquals("kb:fac:harbor_port", idOf(port, "Harbor"));
    }

    @Test
    void peopleDoNotStandInForFacilities() {
        Document d = LINKER.process(DocBuilder.en("Visit", "Blue Palace arrived.").m("Blue Palace", PERSON).build());
        assertTrue(idOf(d, "Blue Palace").startsWith("nil:"), idOf(d, "Blue Palace"));
    }
}
