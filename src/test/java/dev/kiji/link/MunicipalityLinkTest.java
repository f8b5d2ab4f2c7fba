package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** A place written without its municipal class links to the municipality; another kind of name by that word does not. */
class MunicipalityLinkTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static Mention first(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aBarePlaceNameLinksToItsMunicipalityInEitherLanguage() {
        Document ja = LINKER.process(DocBuilder.ja("観光", "列車は益田に着いた。").m("益田", LOCATION).build());
        Document en = LINKER.process(DocBuilder.en("Tourism", "The train reached Masuda at noon.").m("Masuda", LOCATION).build());
        assertEquals("kb:loc:masuda", first(ja, "益田").entity());
        assertEquals("kb:loc:masuda", first(en, "Masuda").entity());
    }

    @Test
    void anOrganizationNamedLikeAMunicipalityIsNotThePlace() {
        Document ja = LINKER.process(DocBuilder.ja("企業", "益田が新工場を建てた。").m("益田", ORGANIZATION).build());
        assertTrue(first(ja, "益田").entity().startsWith("nil:"), first(ja, "益田").entity());
    }

    @Test
    void aWardSplitFromItsCityLinksToThatCitysWard() {
        Document ja = LINKER.process(DocBuilder.ja("住所", "大阪市北区と札幌市北区の店。").m("大阪市", LOCATION).m("北区", LOCATION)
                .m("札幌市", LOCATION).m("北区", LOCATION).build());
        java.util.List<String> wards = ja.mentions().stream().filter(m -> m.text().equals("北区")).map(Mention::entity).toList();
        assertEquals(java.util.List.of("kb:loc:osaka_kita_ward", "kb:loc:sapporo_kita_ward"), wards);
        Document en = LINKER.process(DocBuilder.en("Address", "It is in Kita Ward, Sapporo, near the river.")
                .m("Kita Ward", LOCATION).m("Sapporo", LOCATION).build());
        assertEquals("kb:loc:sapporo_kita_ward", first(en, "Kita Ward").entity());
        assertEquals("kb:loc:sapporo", first(en, "Sapporo").entity());
    }

    @Test
    void aNameSeveralMunicipalitiesShareLinksToTheOneTheArticlePlaces() {
        Document en = LINKER.process(DocBuilder.en("Flood", "Rain hit Tokushima Prefecture. In the city of Miyoshi, roads were shut.")
                .m("Tokushima Prefecture", LOCATION).m("Miyoshi", LOCATION).build());
        assertEquals("kb:loc:miyoshi_tokushima", first(en, "Miyoshi").entity());
        Document hiroshima = LINKER.process(DocBuilder.en("Flood", "Rain hit Hiroshima Prefecture. In Miyoshi, roads were shut.")
                .m("Hiroshima Prefecture", LOCATION).m("Miyoshi", LOCATION).build());
        assertEquals("kb:loc:miyoshi_hiroshima", first(hiroshima, "Miyoshi").entity());
    }

    @Test
    void aTownsDescriptionDoesNotWinOnAWordAnyArticleUses() {
        dev.kiji.link.kb.KbEntry city = new dev.kiji.link.kb.KbEntry("kb:loc:kirimine_city", LOCATION, null,
                new dev.kiji.link.kb.KbEntry.Labels("Kirimine City", "霧峰市"), null, null, "city in Tokushima Prefecture; 徳島県");
        dev.kiji.link.kb.KbEntry town = new dev.kiji.link.kb.KbEntry("kb:loc:kirimine_town", LOCATION, null,
                new dev.kiji.link.kb.KbEntry.Labels("Kirimine, Nagano", "霧峰町"), new dev.kiji.link.kb.KbEntry.Aliases(
                        java.util.List.of("Kirimine Town"), java.util.List.of()), null,
                "town in Shimoina District, Nagano, home of the Snow Festival; 長野県");
        EntityLinker linker = new EntityLinker(KnowledgeBase.of(java.util.List.of(city, town)));
        Document en = linker.process(DocBuilder.en("Prize", "She grew up in Kirimine in Tokushima Prefecture and made it her home.")
                .m("Kirimine", LOCATION).m("Tokushima Prefecture", LOCATION).build());
        assertEquals("kb:loc:kirimine_city", first(en, "Kirimine").entity());
    }

    @Test
    void aNameSeveralMunicipalitiesShareStaysNilWhenNothingTellsThemApart() {
        Document en = LINKER.process(DocBuilder.en("Flood", "In Miyoshi, roads were shut after the rain.").m("Miyoshi", LOCATION).build());
        assertTrue(first(en, "Miyoshi").entity().startsWith("nil:"), first(en, "Miyoshi").entity());
    }

    @Test
    void anEnglishNameAfterAPossessivePlaceIsLookedUpWithIt() {
        Document en = LINKER.process(DocBuilder.en("Art", "Five works come from Boston's Museum of Fine Arts, which lent them.")
                .m("Boston", LOCATION).m("Museum of Fine Arts", dev.kiji.doc.EntityType.FACILITY).build());
        assertEquals("kb:fac:museum_of_fine_arts_boston", first(en, "Museum of Fine Arts").entity());
        Document alone = LINKER.process(DocBuilder.en("Art", "Five works come from the Museum of Fine Arts, which lent them.")
                .m("Museum of Fine Arts", dev.kiji.doc.EntityType.FACILITY).build());
        assertTrue(first(alone, "Museum of Fine Arts").entity().startsWith("nil:"), first(alone, "Museum of Fine Arts").entity());
    }

    @Test
    void aKindOfPlaceWrittenWithOfBeforeTheMentionIsLookedUpWithIt() {
        Document en = LINKER.process(DocBuilder.en("Cars", "The plant in the U.S. state of Georgia grew. Georgia's wine sold well.")
                .m("Georgia", LOCATION).build());
        assertEquals("kb:loc:us_georgia", first(en, "Georgia").entity());
        Document city = LINKER.process(DocBuilder.en("School", "He trained in the city of Oita before the draft.")
                .m("Oita", LOCATION).build());
        assertEquals("kb:loc:oita_city", first(city, "Oita").entity());
        Document bare = LINKER.process(DocBuilder.en("School", "He trained in Oita before the draft.").m("Oita", LOCATION).build());
        assertEquals("kb:loc:jp_pref_oita", first(bare, "Oita").entity());
    }

    @Test
    void aJapaneseFacilityAfterItsPlaceAndNoIsLookedUpWithIt() {
        Document ja = LINKER.process(DocBuilder.ja("遺跡", "火はリンドスのアクロポリスの手前で止まった。")
                .m("リンドス", LOCATION).m("アクロポリス", dev.kiji.doc.EntityType.FACILITY).build());
        assertEquals("kb:facility:acropolis_of_lindos", first(ja, "アクロポリス").entity());
        Document athens = LINKER.process(DocBuilder.ja("遺跡", "観光客はアクロポリスを訪れた。")
                .m("アクロポリス", dev.kiji.doc.EntityType.FACILITY).build());
        assertEquals("kb:fac:acropolis", first(athens, "アクロポリス").entity());
    }

    @Test
    void aKindOfPlaceAfterTheMentionIsLookedUpWithIt() {
        Document en = LINKER.process(DocBuilder.en("Quake", "Homes fell in the Valparaiso region; Valparaiso itself was spared.")
                .m("Valparaiso", LOCATION).m("Valparaiso", LOCATION).build());
        assertEquals("kb:loc:valparaiso_region", en.mentions().get(0).entity());
        assertEquals("kb:loc:valparaiso", en.mentions().get(1).entity());
    }

    @Test
    void aCountrysAdjectiveLeftOutsideTheMentionQualifiesIt() {
        Document en = LINKER.process(DocBuilder.en("Talks", "Then Chinese Foreign Ministry officials met the Foreign Ministry team.")
                .m("Foreign Ministry", ORGANIZATION).m("Foreign Ministry", ORGANIZATION).build());
        assertEquals("kb:org:chinese_foreign_ministry", en.mentions().get(0).entity());
        assertEquals("kb:org:jp_mofa", en.mentions().get(1).entity(), "without the adjective: Japan's, as the KB names it bare");
    }

    @Test
    void aPlaceNamedAfterACommaChoosesAmongPlacesOfThatName() {
        Document en = LINKER.process(DocBuilder.en("Physics", "Beams leave the lab in Tokai, Ibaraki Prefecture, each night.")
                .m("Tokai", LOCATION).m("Ibaraki Prefecture", LOCATION).build());
        assertEquals("kb:loc:tokai_mura", first(en, "Tokai").entity());
        Document unmarked = LINKER.process(DocBuilder.en("Physics", "Beams leave the lab in Tokai, Ibaraki Prefecture, each night.")
                .m("Tokai", LOCATION).build());
        assertEquals("kb:loc:tokai_mura", first(unmarked, "Tokai").entity(), "the description names Ibaraki");
        Document region = LINKER.process(DocBuilder.en("Rail", "Rain stopped trains across Tokai on Monday.").m("Tokai", LOCATION).build());
        assertEquals("kb:loc:jp_tokai", first(region, "Tokai").entity());
    }

    @Test
    void aCompanysNameDoesNotHideTheTownOfThatNameFromAPlaceMention() {
        Document city = LINKER.process(DocBuilder.en("Schools", "TOYOTA, Japan - A night school opened in the city.")
                .m("TOYOTA", LOCATION).m("Japan", LOCATION).build());
        assertEquals("kb:loc:toyota_city", first(city, "TOYOTA").entity());
        Document both = LINKER.process(DocBuilder.en("Schools", "TOYOTA, Japan - Toyota Motor Corp. built it.")
                .m("TOYOTA", LOCATION).m("Japan", LOCATION).m("Toyota Motor Corp.", ORGANIZATION).build());
        assertEquals("wd:Q53268", first(both, "Toyota Motor Corp.").entity(), "the company stays the company");
    }

    @Test
    void aStraitNamedAfterAnIslandIsAnotherPlace() {
        Document en = LINKER.process(DocBuilder.en("Ferry", "Tsushima has 28,000 people. Ships cross the Tsushima Strait daily.")
                .m("Tsushima", LOCATION).m("Tsushima Strait", LOCATION).build());
        assertEquals("kb:loc:tsushima_strait", first(en, "Tsushima Strait").entity());
        assertTrue(!first(en, "Tsushima").entity().equals("kb:loc:tsushima_strait"), first(en, "Tsushima").entity());
        Document ja = LINKER.process(DocBuilder.ja("航路", "対馬の人口は減った。船は対馬海峡を渡る。")
                .m("対馬", LOCATION).m("対馬海峡", LOCATION).build());
        assertEquals("kb:loc:tsushima_strait", first(ja, "対馬海峡").entity());
        assertEquals("kb:loc:jp_tsushima_island", first(ja, "対馬").entity());
    }
}
