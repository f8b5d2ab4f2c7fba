package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.PERSON;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** Where one article's mentions of related names split into entities and where they join. */
class ClusterBoundaryTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String idOf(Document d, String text, int nth) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).skip(nth).map(Mention::entity).findFirst()
                .orElseThrow();
    }

    @Test
    void twoFullNamesSharingAFirstWordAreTwoCompanies() {
        Document d = LINKER.process(DocBuilder.en("Merger", "Orvane Chemical Co. and Tesla Rail agreed. Orvane will form "
                + "Orvane Tesla Holdings.").m("Orvane Chemical Co.", ORGANIZATION).m("Tesla Rail", ORGANIZATION)
                .m("Orvane", ORGANIZATION).m("Orvane Tesla Holdings", ORGANIZATION).build());
        assertEquals(idOf(d, "Orvane Chemical Co.", 0), idOf(d, "Orvane", 0));
        assertNotEquals(idOf(d, "Orvane Chemical Co.", 0), idOf(d, "Orvane Tesla Holdings", 0));
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneTheArticleIsAbout() {
        Document d = LINKER.process(DocBuilder.ja("山田千尋氏が受賞", "山田千尋准教授が選ばれた。山田花子氏に続く受賞だ。山田氏は"
                + "東京出身で、山田花子氏の教え子ではない。山田氏は喜んだ。")
                .m("山田千尋", PERSON).m("山田千尋", PERSON).m("山田花子", PERSON).m("山田氏", PERSON).m("山田花子", PERSON)
                .m("山田氏", PERSON).build());
        assertEquals(idOf(d, "山田千尋", 0), idOf(d, "山田氏", 0), "two mentions of Chihiro before, one of Hanako");
        assertEquals(idOf(d, "山田千尋", 0), idOf(d, "山田氏", 1), "three of Chihiro, two of Hanako");
        assertNotEquals(idOf(d, "山田千尋", 0), idOf(d, "山田花子", 0));
        Document tie = LINKER.process(DocBuilder.ja("受賞", "山田千尋氏と山田花子氏が受賞した。山田氏は喜んだ。")
                .m("山田千尋", PERSON).m("山田花子", PERSON).m("山田氏", PERSON).build());
        assertEquals(idOf(tie, "山田花子", 0), idOf(tie, "山田氏", 0), "a tie goes to the one named last");
    }

    @Test
    void aCityAndItsPrefectureStayApart() {
        Document d = LINKER.process(DocBuilder.en("Snow", "Niigata raised its budget; Niigata City did too.")
                .m("Niigata", LOCATION).m("Niigata City", LOCATION).build());
        assertEquals("kb:loc:jp_pref_niigata", idOf(d, "Niigata", 0));
        assertEquals("kb:loc:niigata_city", idOf(d, "Niigata City", 0));
    }

    @Test
    void aPlaceNameStandsForTheTeamNamedAfterIt() {
        Document ja = LINKER.process(DocBuilder.ja("試合", "ファルコンズ広島が勝った。広島は首位。広島市で祝賀会。")
                .m("ファルコンズ広島", ORGANIZATION).m("広島", ORGANIZATION).m("広島市", LOCATION).build());
        assertEquals(idOf(ja, "ファルコンズ広島", 0), idOf(ja, "広島", 0));
        assertEquals("kb:loc:hiroshima", idOf(ja, "広島市", 0), "the city is still the city");
        Document en = LINKER.process(DocBuilder.en("Match", "Falcons Hiroshima won. Hiroshima lead the table.")
                .m("Falcons Hiroshima", ORGANIZATION).m("Hiroshima", ORGANIZATION).build());
        assertEquals(idOf(en, "Falcons Hiroshima", 0), idOf(en, "Hiroshima", 0));
        Document power = LINKER.process(DocBuilder.ja("電力", "広島電力が発表した。広島は晴れ。")
                .m("広島電力", ORGANIZATION).m("広島", ORGANIZATION).build());
        assertNotEquals(idOf(power, "広島電力", 0), idOf(power, "広島", 0), "電力 is no nickname");
    }

    @Test
    void aLegalFormDoesNotSplitACompany() {
        Document d = LINKER.process(DocBuilder.ja("統合", "株式会社わしみや薬品は発表した。わしみや薬品の社長は語った。")
                .m("株式会社わしみや薬品", ORGANIZATION).m("わしみや薬品", ORGANIZATION)
                .t("株式会社", "カブシキガイシャ", "名詞-一般").t("わしみや", "ワシミヤ", "名詞-固有名詞-組織")
                .t("薬品", "ヤクヒン", "名詞-一般").build());
        assertEquals(idOf(d, "株式会社わしみや薬品", 0), idOf(d, "わしみや薬品", 0));
        assertEquals("nil:name:washimiya_pharmaceutical", idOf(d, "わしみや薬品", 0),
                "keyed from the mention that has tokens of its own");
    }

    @Test
    void aKanjiAbbreviationJoinsItsFullName() {
        Document d = LINKER.process(DocBuilder.ja("法改正", "鷲宮港湾管理法が改正された。鷲港法は来年施行。鷲宮大学も注目。")
                .m("鷲宮港湾管理法", dev.kiji.doc.EntityType.PRODUCT).m("鷲港法", dev.kiji.doc.EntityType.PRODUCT)
                .m("鷲宮大学", ORGANIZATION).build());
        assertEquals(idOf(d, "鷲宮港湾管理法", 0), idOf(d, "鷲港法", 0));
        assertNotEquals(idOf(d, "鷲宮港湾管理法", 0), idOf(d, "鷲宮大学", 0));
        Document last = LINKER.process(DocBuilder.ja("救済", "鷲宮病被害者救済特別措置法が成立した。特措法は来年施行。")
                .m("鷲宮病被害者救済特別措置法", dev.kiji.doc.EntityType.PRODUCT).m("特措法", dev.kiji.doc.EntityType.PRODUCT).build());
        assertEquals(idOf(last, "鷲宮病被害者救済特別措置法", 0), idOf(last, "特措法", 0), "a short form of the name's last words");
    }

    @Test
    void anAcronymJoinsTheNameItAbbreviates() {
        Document d = LINKER.process(DocBuilder.en("Ruling", "Northline Haulage Co. (NHC) appealed. NHC said it "
                + "would comply, and the Hokushin Institute of Foreign Affairs (HIFA) agreed; NHK reported it.")
                .m("Northline Haulage Co.", ORGANIZATION).m("NHC", ORGANIZATION).m("NHC", ORGANIZATION)
                .m("Hokushin Institute of Foreign Affairs", ORGANIZATION).m("HIFA", ORGANIZATION)
                .m("NHK", ORGANIZATION).build());
        assertEquals(idOf(d, "Northline Haulage Co.", 0), idOf(d, "NHC", 1));
        assertEquals(idOf(d, "Hokushin Institute of Foreign Affairs", 0), idOf(d, "HIFA", 0));
        assertNotEquals(idOf(d, "Northline Haulage Co.", 0), idOf(d, "NHK", 0));
    }

    @Test
    void aHeadlinesKanjiGivenNameJoinsTheFullNameOfTheLead() {
        Document d = LINKER.process(DocBuilder.ja("宗篤の屏風", "絵師の鷹森宗篤が描いた屏風が見つかった。宗篤は晩年に京都へ移った。")
                .m("宗篤", dev.kiji.doc.EntityType.PERSON).m("鷹森宗篤", dev.kiji.doc.EntityType.PERSON)
                .m("宗篤", dev.kiji.doc.EntityType.PERSON).build());
        assertEquals(idOf(d, "鷹森宗篤", 0), idOf(d, "宗篤", 0));
        assertEquals(idOf(d, "宗篤", 0), idOf(d, "宗篤", 1));
    }

    @Test
    void aKanjiGivenNameJoinsTheFullNameItEnds() {
        Document d = LINKER.process(DocBuilder.ja("屏風", "絵師の鷹森宗篤が描いた屏風が見つかった。宗篤は晩年に京都へ移った。木下美沙さんは驚いた。")
                .m("鷹森宗篤", dev.kiji.doc.EntityType.PERSON).m("宗篤", dev.kiji.doc.EntityType.PERSON)
                .m("木下美沙", dev.kiji.doc.EntityType.PERSON).t("鷹森", "タカモリ", "名詞-固有名詞-人名-姓")
                .t("宗", "ムネ", "名詞-固有名詞-人名-名").t("篤", "アツシ", "名詞-固有名詞-人名-名")
                .person("宗", "ムネ", "篤", "アツシ").person("木下", "キノシタ", "美沙", "ミサ").build());
        // the tokenizer reads the bare given name as a family and a given name (宗|篤): the characters decide
        assertEquals(idOf(d, "鷹森宗篤", 0), idOf(d, "宗篤", 0));
        assertNotEquals(idOf(d, "鷹森宗篤", 0), idOf(d, "木下美沙", 0));
    }

    @Test
    void aOneOffNameDoesNotJoinACompanyThroughAWordOfItsName() {
        Document d = LINKER.process(DocBuilder.en("Launch", "Kestrel Orbit Inc. built the probe. Kestrel Orbit said it "
                + "competes with OrbitX and Halvane Motors; Halvanne sued.")
                .m("Kestrel Orbit Inc.", ORGANIZATION).m("Kestrel Orbit", ORGANIZATION).m("OrbitX", ORGANIZATION)
                .m("Halvane Motors", ORGANIZATION).m("Halvanne", ORGANIZATION).build());
        assertEquals(idOf(d, "Kestrel Orbit Inc.", 0), idOf(d, "Kestrel Orbit", 0));
        assertNotEquals(idOf(d, "Kestrel Orbit", 0), idOf(d, "OrbitX", 0), "Orbit is a word of the name, not the name");
        assertEquals(idOf(d, "Halvane Motors", 0), idOf(d, "Halvanne", 0), "a misspelt short form still joins");
    }

    @Test
    void aOneKanjiSurnameJoinsTheChineseNameItOpens() {
        Document d = LINKER.process(DocBuilder.ja("会談", "鄧暁明氏は述べた。鄧氏は、別の鄧暁と違い、林も来た。")
                .m("鄧暁明", dev.kiji.doc.EntityType.PERSON).m("鄧", dev.kiji.doc.EntityType.PERSON)
                .m("林", dev.kiji.doc.EntityType.PERSON).build());
        assertEquals(idOf(d, "鄧暁明", 0), idOf(d, "鄧", 0));
        assertNotEquals(idOf(d, "鄧暁明", 0), idOf(d, "林", 0));
    }

    @Test
    void aModelNumberIsNoMisspellingOfAnother() {
        Document d = LINKER.process(DocBuilder.en("Cars", "Kestrel sells the KX-5 at home and the KX-50 abroad.")
                .m("KX-5", dev.kiji.doc.EntityType.PRODUCT).m("KX-50", dev.kiji.doc.EntityType.PRODUCT).build());
        assertNotEquals(idOf(d, "KX-5", 0), idOf(d, "KX-50", 0));
    }

    @Test
    void anAcronymThatIsNoPlaceDoesNotLinkToAPlaceSpeltAlike() {
        Document d = LINKER.process(DocBuilder.en("Schools", "Results of the PISA survey came out.")
                .m("PISA", dev.kiji.doc.EntityType.PRODUCT).build());
        assertNotEquals("kb:loc:pisa", idOf(d, "PISA", 0));
        Document city = LINKER.process(DocBuilder.en("Travel", "Pisa drew tourists.").m("Pisa", LOCATION).build());
        assertEquals("kb:loc:pisa", idOf(city, "Pisa", 0));
    }
}
