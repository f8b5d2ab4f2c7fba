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

    /** The id the linker gives {@code name}, mentioned alone in a sentence with the given type. */
    private static String linkAs(String name, EntityType type) {
        Document d = LINKER.process(DocBuilder.en("News", "We saw " + name + ".").m(name, type).build());
        return d.mentions().stream().filter(m -> m.text().equals(name)).map(Mention::entity).findFirst().orElseThrow();
    }

    @Test
    void placeOrOrganizationMentionLinksToAFacility() {
        assertEquals("kb:fac:blue_palace", linkAs("Blue Palace", LOCATION));
        assertEquals("kb:fac:blue_palace", linkAs("Blue Palace", ORGANIZATION));
    }

    @Test
    void theExactTypeWinsOverAStandIn() {
        assertEquals("kb:loc:harbor", linkAs("Harbor", LOCATION));
        assertEquals("kb:fac:harbor_port", linkAs("Harbor", FACILITY));
    }

    @Test
    void anEventOrProductGuessLinksToAKnownFacilityAndTakesItsType() {
        assertEquals("kb:fac:blue_palace", linkAs("Blue Palace", EntityType.EVENT));
        assertEquals("kb:fac:blue_palace", linkAs("Blue Palace", EntityType.PRODUCT));
    }

    @Test
    void peopleDoNotStandInForFacilities() {
        String id = linkAs("Blue Palace", PERSON);
        assertTrue(id.startsWith("nil:"), id);
    }
}
