package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static dev.kiji.doc.EntityType.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * An unlinked name ending in a generic organization word is an organization, whatever the recognizer typed; a
 * legal form after the head word is skipped, natural-place words make a LOCATION, railway words a FACILITY.
 */
class NilTypeTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static Entity only(DocBuilder b) {
        Document d = LINKER.process(b.build());
        assertEquals(1, d.entities().size(), d.entities().toString());
        return d.entities().get(0);
    }

    @Test
    void aCompanyTaggedAsAPersonGetsAnOrganizationId() {
        Entity e = only(DocBuilder.en("Plant", "Kanamori Pharmaceutical opened a plant.").m("Kanamori Pharmaceutical", PERSON));
        assertEquals("nil:name:kanamori_pharmaceutical", e.id());
        assertEquals(ORGANIZATION, e.type());
        assertEquals(Subtype.COMPANY, e.subtype());
        Entity y = only(DocBuilder.en("Plant", "Kanamori Yakuhin opened a plant.").m("Kanamori Yakuhin", PERSON));
        assertEquals(ORGANIZATION, y.type(), "a generic word kept in romaji");
        Entity h = only(DocBuilder.en("Deal", "Orvane Holdings agreed.").m("Orvane Holdings", LOCATION));
        assertEquals(ORGANIZATION, h.type());
        assertTrue(h.id().startsWith("nil:name:"));
    }

    @Test
    void theCorrectedTypeKeysTheNameAsAnOrganization() {
        // the Japanese side (ヴァルケア|エナジー, typed PRODUCT) keys the same: see CrossLingualNilKeyTest
        Entity en = only(DocBuilder.en("Plant", "Valkea Energy opened a plant.").m("Valkea Energy", PERSON));
        assertEquals("nil:name:" + NilKey.of(ORGANIZATION, "Valkea Energy", java.util.List.of()), en.id());
        Entity p = only(DocBuilder.ja("工場", "ヴァルケア・エナジーが工場を開いた。").m("ヴァルケア・エナジー", PRODUCT));
        assertEquals(ORGANIZATION, p.type());
    }

    @Test
    void lawsAndRecurringEventsAreTypedByTheirHeadWord() {
        Entity act = only(DocBuilder.en("Ruling", "The Washimiya Fisheries Act applies.").m("Washimiya Fisheries Act",
                ORGANIZATION));
        assertEquals(PRODUCT, act.type());
        assertTrue(act.id().startsWith("nil:name:"));
        Entity cup = only(DocBuilder.en("Final", "The Washimiya Cup final.").m("Washimiya Cup", ORGANIZATION));
        assertEquals(dev.kiji.doc.EntityType.EVENT, cup.type());
    }

    @Test
    void ordinaryPeopleAndPlacesKeepTheirType() {
        assertEquals(PERSON, only(DocBuilder.en("Talk", "Jonas Berg spoke.").m("Jonas Berg", PERSON)).type());
        assertEquals(LOCATION, only(DocBuilder.en("Trip", "Washimiya River rose.").m("Washimiya River", LOCATION)).type());
    }

    @Test
    void anEnglishPersonNamedLikeAPlaceLinksAsThePlace() {
        Document d = LINKER.process(DocBuilder.en("Snow", "Miyazaki Prefecture said roads were closed.")
                .m("Miyazaki Prefecture", PERSON).build());
        assertEquals("kb:loc:jp_pref_miyazaki", d.entities().get(0).id());
        assertEquals(LOCATION, d.mentions().get(0).type());
    }

    @Test
    void aNameHeadedByAFacilityWordIsAFacilityInEitherLanguage() {
        Entity a = only(DocBuilder.en("Flights", "Washimiya Airport reopened.").m("Washimiya Airport", LOCATION));
        assertEquals("nil:name:washimiya_airport", a.id());
        assertEquals(dev.kiji.doc.EntityType.FACILITY, a.type());
        Entity p = only(DocBuilder.en("Ships", "The Port of Washimiya reopened.").m("Port of Washimiya", ORGANIZATION));
        assertEquals("nil:name:washimiya_port", p.id());
        Entity news = only(DocBuilder.en("Site", "Daily News On-line! reported.").m("Daily News On-line!", PRODUCT));
        assertEquals(PRODUCT, news.type());
        Entity h = only(DocBuilder.en("Care", "Washimiya Hospital reopened.").m("Washimiya Hospital", LOCATION));
        Entity hj = only(DocBuilder.ja("診療", "鷲宮病院が再開した。")
                .t("鷲宮", "ワシミヤ", "名詞-固有名詞-地域-一般").t("病院", "ビョウイン", "名詞-一般").m("鷲宮病院", ORGANIZATION));
        assertEquals("nil:name:washimiya_hospital", h.id(), "a hospital is a facility, whatever each recognizer said");
        assertEquals(h.id(), hj.id());
    }

    @Test
    void aLegalFormAfterTheHeadWordIsSkipped() {
        Entity e = only(DocBuilder.en("Supply", "Orvane Chemical Co. will supply resin.").m("Orvane Chemical Co.", PERSON));
        assertEquals(ORGANIZATION, e.type());
        assertTrue(e.id().startsWith("nil:name:"));
    }

    @Test
    void aNaturalPlaceWordMakesALocation() {
        Entity t = only(DocBuilder.en("Survey", "Divers mapped the Orvane Trough.").m("Orvane Trough", ORGANIZATION));
        assertEquals(LOCATION, t.type());
        Entity j = only(DocBuilder.ja("調査", "鷹森海溝で調査した。").m("鷹森海溝", ORGANIZATION));
        assertEquals(LOCATION, j.type());
        assertTrue(t.id().startsWith("nil:name:") && j.id().startsWith("nil:name:"));
    }

    @Test
    void aKatakanaLineEndsACompanysNameAsOftenAsARoutesAndKeepsItsType() {
        Entity ferry = only(DocBuilder.ja("航路", "鷲宮ラインが運航する。").t("鷲宮", "ワシミヤ", "名詞-固有名詞-地域-一般")
                .t("ライン", "ライン", "名詞-一般").m("鷲宮ライン", ORGANIZATION));
        assertEquals(ORGANIZATION, ferry.type());
        Entity rail = only(DocBuilder.ja("鉄道", "鷲宮線が止まった。").t("鷲宮", "ワシミヤ", "名詞-固有名詞-地域-一般")
                .t("線", "セン", "名詞-一般").m("鷲宮線", ORGANIZATION));
        assertEquals(FACILITY, rail.type());
    }

    @Test
    void aHighSpeedLineIsAFacility() {
        Entity s = only(DocBuilder.en("Delay", "The Orvane Shinkansen was halted.").m("Orvane Shinkansen", LOCATION));
        assertEquals(FACILITY, s.type());
        assertTrue(s.id().startsWith("nil:name:"));
    }

    @Test
    void anOrganizationInOneLanguageAndAProductInTheOtherShareTheIdAndKeepTheirTypes() {
        Entity en = only(DocBuilder.en("Shop", "Logs went to Washimiya Kobo.").m("Washimiya Kobo", ORGANIZATION));
        Entity ja = only(DocBuilder.ja("店", "丸太は「ワシミヤコウボウ」に運ばれた。")
                .t("ワシミヤコウボウ", "ワシミヤコウボウ", "名詞-固有名詞-一般").m("ワシミヤコウボウ", PRODUCT));
        assertEquals(en.id(), ja.id());
        assertTrue(en.id().startsWith("nil:name:"));
        assertEquals(ORGANIZATION, en.type());
        assertEquals(PRODUCT, ja.type());
    }
}
