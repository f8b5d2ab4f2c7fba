package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** An English place followed by an office links to the kind of place the office belongs to. */
class PlaceRoleTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String idOf(Document d, String text, int nth) {
        return LINKER.process(d).mentions().stream().filter(m -> m.text().equals(text)).skip(nth)
                .map(Mention::entity).findFirst().orElseThrow();
    }

    @Test
    void governorMeansThePrefectureWhileTheBareNameKeepsItsDefault() {
        Document d = DocBuilder.en("Flood plan", "HIROSHIMA - Hiroshima Governor Kenta Mori said a levee in Hiroshima would be raised.")
                .m("HIROSHIMA", LOCATION).m("Hiroshima", LOCATION).m("Kenta Mori", PERSON).m("Hiroshima", LOCATION).build();
        assertEquals("kb:loc:jp_pref_hiroshima", idOf(d, "Hiroshima", 0));
        assertEquals("kb:loc:hiroshima", idOf(d, "Hiroshima", 1));
    }

    @Test
    void anOfficeThePlaceHasNoQualifiedEntryForChangesNothing() {
        Document d = DocBuilder.en("Visit", "Nagano Governor Aiko Ueno visited Paris, and Paris Mayor Anne Dubois met her.")
                .m("Nagano", LOCATION).m("Aiko Ueno", PERSON).m("Paris", LOCATION).m("Paris", LOCATION)
                .m("Anne Dubois", PERSON).build();
        assertEquals("kb:loc:jp_pref_nagano", idOf(d, "Nagano", 0));
        assertEquals(idOf(d, "Paris", 0), idOf(d, "Paris", 1));
    }

    @Test
    void aCompanyBasedInAPlaceIsInTheCity() {
        Document d = DocBuilder.en("Bank", "The Okayama-based lender opened a branch in Okayama.")
                .m("Okayama", LOCATION).m("Okayama", LOCATION).build();
        assertEquals("kb:loc:okayama_city", idOf(d, "Okayama", 0));
        assertEquals("kb:loc:jp_pref_okayama", idOf(d, "Okayama", 1));
    }

    @Test
    void aDatelineNamesTheCity() {
        Document d = DocBuilder.en("Snow budget", "Snow budget\n\nSHIZUOKA, Jan. 5 - Shizuoka Prefecture and Shizuoka approved it.")
                .m("SHIZUOKA", LOCATION).m("Shizuoka Prefecture", LOCATION).build();
        assertEquals("kb:loc:shizuoka_city", idOf(d, "SHIZUOKA", 0));
        assertEquals("kb:loc:jp_pref_shizuoka", idOf(d, "Shizuoka Prefecture", 0));
        Document inText = DocBuilder.en("Snow", "Officials in SHIZUOKA, they said, agreed.").m("SHIZUOKA", LOCATION).build();
        assertEquals("kb:loc:jp_pref_shizuoka", idOf(inText, "SHIZUOKA", 0), "not a dateline");
    }

    @Test
    void aPlaceTheTextIntroducesAsACityOrTownIsThatMunicipalityFromThenOn() {
        Document d = DocBuilder.en("Shops", "Kumamoto grew. A shop in the city of Kumamoto and a farm in the town of Zao "
                + "sell to Kumamoto, said Kumamoto Governor Ken Abe.")
                .m("Kumamoto", LOCATION).m("Kumamoto", LOCATION).m("Zao", LOCATION).m("Kumamoto", LOCATION)
                .m("Kumamoto", LOCATION).m("Ken Abe", PERSON).build();
        assertEquals("kb:loc:jp_pref_kumamoto", idOf(d, "Kumamoto", 0), "before the city is named: the default");
        assertEquals("kb:loc:kumamoto_city", idOf(d, "Kumamoto", 1));
        assertEquals("kb:loc:zao_miyagi", idOf(d, "Zao", 0));
        assertEquals("kb:loc:kumamoto_city", idOf(d, "Kumamoto", 2), "the bare name after it: the same city");
        assertEquals("kb:loc:jp_pref_kumamoto", idOf(d, "Kumamoto", 3), "an office still names its own place");
    }

    @Test
    void anOfficeOrADatelineQualifiesOnlyItsOwnMention() {
        Document d = DocBuilder.en("Vote", "NIIGATA, May 2 - The Niigata-based bank grew in Niigata.")
                .m("NIIGATA", LOCATION).m("Niigata", LOCATION).m("Niigata", LOCATION).build();
        assertEquals("kb:loc:niigata_city", idOf(d, "NIIGATA", 0));
        assertEquals("kb:loc:niigata_city", idOf(d, "Niigata", 0));
        assertEquals("kb:loc:jp_pref_niigata", idOf(d, "Niigata", 1));
    }

    @Test
    void aGovernorsPlaceIsAStateWhereTheKbHasNoSuchPrefecture() {
        Document d = DocBuilder.en("Vote", "Former Sao Paulo Governor Ana Lima lost, and she spoke in Sao Paulo.")
                .m("Sao Paulo", LOCATION).m("Ana Lima", PERSON).m("Sao Paulo", LOCATION).build();
        assertEquals("kb:loc:br_sao_paulo", idOf(d, "Sao Paulo", 0));
        assertEquals("kb:loc:sao_paulo", idOf(d, "Sao Paulo", 1));
    }
}
