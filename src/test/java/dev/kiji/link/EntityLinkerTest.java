package dev.kiji.link;

import static dev.kiji.doc.EntityType.DATE;
import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static Document link(DocBuilder b) {
        return LINKER.process(b.build());
    }

    private static String idOf(Document d, String mentionText) {
        return d.mentions().stream().filter(m -> m.text().equals(mentionText)).map(Mention::entity).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + mentionText));
    }

    private static Set<String> ids(Document d) {
        return d.entities().stream().map(Entity::id).collect(Collectors.toSet());
    }

    @Test
    void stageDeclaresItsLayers() {
        assertEquals("link", LINKER.name());
        assertEquals(Set.of(Layer.MENTIONS), LINKER.requires());
        assertEquals(Set.of(Layer.ENTITIES), LINKER.produces());
    }

    /** The KB writes some companies with their legal form: the name as written is looked up before the bare one. */
    @Test
    void aCompanyTheKbNamesWithItsLegalFormLinksAsWritten() {
        Document d = link(DocBuilder.en("Deal", "Mitsubishi Corp. will invest.").m("Mitsubishi Corp.", ORGANIZATION,
                dev.kiji.doc.Subtype.COMPANY));
        assertEquals("kb:org:mitsubishi_corp", idOf(d, "Mitsubishi Corp."));
    }

    @Test
    void titlesAreStrippedForLinkingButSpansStayAsGiven() {
        Document in = DocBuilder.ja("ブリンケン米国務長官が来日", "アントニー・ブリンケン米国務長官は14日、東京で会見した。ブリンケン氏は協力を強調した。")
                .m("ブリンケン米国務長官", PERSON).m("アントニー・ブリンケン米国務長官", PERSON).m("東京", LOCATION)
                .m("ブリンケン氏", PERSON).build();
        Document out = LINKER.process(in);
        for (int i = 0; i < in.mentions().size(); i++) {
            assertEquals(in.mentions().get(i).span(), out.mentions().get(i).span());
            assertEquals(in.mentions().get(i).text(), out.mentions().get(i).text());
        }
        String id = idOf(out, "アントニー・ブリンケン米国務長官");
        assertEquals("kb:person:antony_blinken", id);
        assertEquals(id, idOf(out, "ブリンケン米国務長官"));
        assertEquals(id, idOf(out, "ブリンケン氏"));
        Entity e = out.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertEquals(3, e.mentions());
        assertEquals("Antony Blinken", e.name());
        assertEquals("アントニー・ブリンケン", e.nameJa());
    }

    @Test
    void englishTitlesAndShortFormsJoinTheFullName() {
        Document d = link(DocBuilder.en("Blinken meets Lavrov", "U.S. Secretary of State Antony Blinken met Russian "
                + "Foreign Minister Sergey Lavrov. Blinken said Mr. Lavrov listened.")
                .m("Blinken", PERSON).m("Lavrov", PERSON).m("U.S. Secretary of State Antony Blinken", PERSON)
                .m("Russian Foreign Minister Sergey Lavrov", PERSON).m("Blinken", PERSON).m("Mr. Lavrov", PERSON));
        assertEquals(2, d.entities().size());
        assertEquals(Set.of("kb:person:antony_blinken", "kb:person:sergey_lavrov"), ids(d));
        assertTrue(d.entities().stream().allMatch(e -> e.mentions() == 3));
    }

    @Test
    void shortFormsJoinFictionalFullNamesWithoutTheKb() {
        Document d = link(DocBuilder.ja("会見", "ミハイル・ドブロフスキー氏は語った。ドブロフスキー氏によると、計画は順調だ。")
                .m("ミハイル・ドブロフスキー氏", PERSON).m("ドブロフスキー氏", PERSON));
        assertEquals(1, d.entities().size());
        assertTrue(d.entities().get(0).id().startsWith("nil:person:"), d.entities().get(0).id());
        Document e = link(DocBuilder.en("Talks", "Mikhail Dobrovsky spoke. Dobrovsky later left.")
                .m("Mikhail Dobrovsky", PERSON).m("Dobrovsky", PERSON));
        assertEquals(1, e.entities().size());
        assertEquals("nil:person:dabrabsk_mak", e.entities().get(0).id());
    }

    @Test
    void japaneseSurnameJoinsFullNameFromTokens() {
        Document d = link(DocBuilder.ja("岸田首相が訪米", "岸田文雄首相は訪米した。岸田首相は大統領と会談した。")
                .person("岸田", "キシダ", "文雄", "フミオ").t("首相", "シュショウ", "名詞-一般").t("岸田", "キシダ", "名詞-固有名詞-人名-姓")
                .m("岸田文雄首相", PERSON).m("岸田首相", PERSON).m("岸田首相", PERSON));
        assertEquals(Set.of("kb:person:fumio_kishida"), ids(d));
        assertEquals(3, d.entities().get(0).mentions());
    }

    @Test
    void widthAndSeparatorVariantsAreOneEntity() {
        Document d = link(DocBuilder.ja("ＮＡＴＯ首脳会議", "NATOは会議を開いた。北大西洋条約機構の加盟国は結束した。")
                .m("ＮＡＴＯ", ORGANIZATION, Subtype.POLITICAL).m("NATO", ORGANIZATION, Subtype.POLITICAL)
                .m("北大西洋条約機構", ORGANIZATION, Subtype.POLITICAL));
        assertEquals(Set.of("wd:Q7184"), ids(d));
        Document f = link(DocBuilder.ja("会見", "アントニー・ブリンケン長官とアントニーブリンケン氏").m("アントニー・ブリンケン長官", PERSON)
                .m("アントニーブリンケン氏", PERSON));
        assertEquals(1, f.entities().size());
    }

    @Test
    void misspellingsOfOneNameMerge() {
        Document d = link(DocBuilder.ja("会談", "ブリンケン長官は述べた。ブリンキン長官はその後、出発した。").m("ブリンケン長官", PERSON)
                .m("ブリンキン長官", PERSON));
        assertEquals(Set.of("kb:person:antony_blinken"), ids(d));
        Document e = link(DocBuilder.en("UN chief", "Secretary-General Antonio Guterres spoke. Guterrez urged calm.")
                .m("Secretary-General Antonio Guterres", PERSON).m("Guterrez", PERSON));
        assertEquals(1, e.entities().size());
        assertEquals(2, e.entities().get(0).mentions());
    }

    @Test
    void aDroppedVoicingMarkInALongKanaNameIsAMisspelling() {
        Document d = link(DocBuilder.ja("会見", "ヌガボフ議員が会見した。ヌガボフ氏は質問に答え、ヌカボフ氏は退席した。")
                .m("ヌガボフ議員", PERSON).m("ヌガボフ氏", PERSON).m("ヌカボフ氏", PERSON));
        assertEquals(1, d.entities().size(), d.entities().toString());
        Document shortNames = link(DocBuilder.ja("試合", "タイソン選手とダイソン選手が対戦した。タイソン選手が勝った。")
                .m("タイソン選手", PERSON).m("ダイソン選手", PERSON).m("タイソン選手", PERSON));
        assertEquals(2, shortNames.entities().size(), shortNames.entities().toString());
    }

    @Test
    void aLongerNameTheKbDoesNotKnowIsAnotherEntityUnlessOnlyALegalFormIsAdded() {
        Document ja = link(DocBuilder.ja("新工場", "トヨタ自動車は、トヨタ自動車北陸の新工場を公開した。トヨタ自動車株式会社の幹部が説明した。")
                .m("トヨタ自動車", ORGANIZATION).m("トヨタ自動車北陸", ORGANIZATION).m("トヨタ自動車株式会社", ORGANIZATION));
        assertEquals("wd:Q53268", idOf(ja, "トヨタ自動車"));
        assertTrue(idOf(ja, "トヨタ自動車北陸").startsWith("nil:"), idOf(ja, "トヨタ自動車北陸"));
        assertEquals("wd:Q53268", idOf(ja, "トヨタ自動車株式会社"));
        Document en = link(DocBuilder.en("Plant", "Toyota Motor opened a plant run by Toyota Motor Hokuriku. "
                + "Toyota Motor Co., Ltd. said more would follow.").m("Toyota Motor", ORGANIZATION)
                .m("Toyota Motor Hokuriku", ORGANIZATION).m("Toyota Motor Co., Ltd.", ORGANIZATION));
        assertTrue(idOf(en, "Toyota Motor Hokuriku").startsWith("nil:"));
        assertEquals("wd:Q53268", idOf(en, "Toyota Motor Co., Ltd."));
    }

    @Test
    void aShortFormDroppingTheLeadingPlaceJoinsTheFullName() {
        Document d = link(DocBuilder.ja("火災", "札幌市消防局によると、火は消えた。消防局は原因を調べている。")
                .m("札幌市消防局", ORGANIZATION).m("消防局", ORGANIZATION));
        assertEquals(1, d.entities().size(), d.entities().toString());
    }

    @Test
    void aCountryWrittenRightBeforeAnOrganizationQualifiesIt() {
        Document d = link(DocBuilder.ja("抗議", "中国外務省は抗議した。これに対し外務省は遺憾の意を示した。")
                .m("中国", LOCATION).m("外務省", ORGANIZATION).m("外務省", ORGANIZATION));
        List<String> ids = d.mentions().stream().filter(m -> m.text().equals("外務省")).map(Mention::entity).toList();
        assertEquals(List.of("kb:org:chinese_foreign_ministry", "kb:org:jp_mofa"), ids);
    }

    @Test
    void aLongKatakanaCountryNameQualifiesTheOrganizationAfterIt() {
        Document d = link(DocBuilder.ja("会談", "ニュージーランド外務省は声明を出した。")
                .m("ニュージーランド", LOCATION).m("外務省", ORGANIZATION));
        assertEquals(d.mentions().get(1).entity(), dev.kiji.link.kb.KnowledgeBase.shared()
                .lookup(dev.kiji.link.kb.NameKey.of("ニュージーランド外務省")).get(0).entry().id(), "eight katakana before 外務省");
    }

    @Test
    void aWardAfterItsCitysPossessiveIsThatCitysWard() {
        Document d = link(DocBuilder.en("Port", "A firm in Fukuoka's Higashi Ward imports parts from Korea.")
                .m("Fukuoka", LOCATION).m("Higashi Ward", LOCATION).m("Korea", LOCATION));
        assertEquals(List.of("kb:loc:fukuoka", "kb:location:higashi_ward_fukuoka", "wd:Q884"),
                d.mentions().stream().map(Mention::entity).toList(), "news's bare Korea is South Korea");
    }

    private static dev.kiji.link.kb.KbEntry entry(String id, dev.kiji.doc.EntityType type, String en, String ja,
            java.util.List<String> enAliases) {
        return new dev.kiji.link.kb.KbEntry(id, type, type == ORGANIZATION ? dev.kiji.doc.Subtype.OTHER : null,
                new dev.kiji.link.kb.KbEntry.Labels(en, ja), new dev.kiji.link.kb.KbEntry.Aliases(enAliases, java.util.List.of()),
                null, "test");
    }

    /** The entry with a QID, which gives it a small prior over entries without one. */
    private static dev.kiji.link.kb.KbEntry withQid(dev.kiji.link.kb.KbEntry e) {
        return new dev.kiji.link.kb.KbEntry(e.id(), e.type(), e.subtype(), e.labels(), e.aliases(), "Q999999991", e.description());
    }

    @Test
    void theFullNameDecidesWhichBodyAnAmbiguousAcronymIs() {
        EntityLinker linker = new EntityLinker(dev.kiji.link.kb.KnowledgeBase.of(java.util.List.of(
                withQid(entry("kb:org:test_court", ORGANIZATION, "International Kite Court", "国際凧裁判所", java.util.List.of("IKC"))),
                entry("kb:org:test_council", ORGANIZATION, "International Kite Council", "国際凧評議会", java.util.List.of("IKC")))));
        Document d = linker.process(DocBuilder.en("Kites", "The International Kite Council (IKC) met. The IKC said no.")
                .m("International Kite Council", ORGANIZATION).m("IKC", ORGANIZATION).m("IKC", ORGANIZATION).build());
        assertEquals(List.of("kb:org:test_council"), d.mentions().stream().map(Mention::entity).distinct().toList());
    }

    @Test
    void aFacilityCalledByItsProperNameAloneIsTheOneTheKbNamesWithAClassWord() {
        EntityLinker linker = new EntityLinker(dev.kiji.link.kb.KnowledgeBase.of(java.util.List.of(
                entry("kb:fac:test_mound", FACILITY, "Hanamizuka Kofun", "花水塚古墳", java.util.List.of()))));
        Document d = linker.process(DocBuilder.en("Mound", "Murals at Hanamizuka, a seventh-century tomb, were restored.")
                .m("Hanamizuka", LOCATION).build());
        assertEquals("kb:fac:test_mound", d.mentions().get(0).entity());
        Document noTomb = linker.process(DocBuilder.en("Shop", "A shop in Hanamizuka reopened.").m("Hanamizuka", LOCATION).build());
        assertTrue(noTomb.mentions().get(0).entity().startsWith("nil:"), "no tomb in the story, no Hanamizuka Kofun");
    }

    @Test
    void theQualifyingCountryMayBeWrittenInAnotherOfItsNames() {
        dev.kiji.link.kb.KbEntry us = dev.kiji.link.kb.KnowledgeBase.shared().byId("kb:country:us").orElseThrow();
        dev.kiji.link.kb.KbEntry survey = new dev.kiji.link.kb.KbEntry("kb:org:us_quake_survey", ORGANIZATION,
                dev.kiji.doc.Subtype.POLITICAL, new dev.kiji.link.kb.KbEntry.Labels("US Quake Survey", "米国地震調査局"),
                new dev.kiji.link.kb.KbEntry.Aliases(java.util.List.of(), java.util.List.of()), null, "agency");
        EntityLinker linker = new EntityLinker(dev.kiji.link.kb.KnowledgeBase.of(java.util.List.of(us, survey)));
        Document d = linker.process(DocBuilder.ja("地震", "米地震調査局によると、揺れは強かった。")
                .m("米", LOCATION).m("地震調査局", ORGANIZATION).build());
        assertEquals("kb:org:us_quake_survey", d.mentions().stream().filter(m -> m.text().equals("地震調査局"))
                .findFirst().orElseThrow().entity());
    }

    @Test
    void aTwoKanjiGivenNameCutIntoTwoTokensIsOneNameOfTheKbPerson() {
        dev.kiji.link.kb.KbEntry painter = new dev.kiji.link.kb.KbEntry("kb:person:takamori_sotoku", PERSON, null,
                new dev.kiji.link.kb.KbEntry.Labels("Takamori Sotoku", "鷹森宗篤"), new dev.kiji.link.kb.KbEntry.Aliases(
                        java.util.List.of("Sotoku"), java.util.List.of("宗篤")), null, "painter (1540-1600); 屏風");
        // the given name alone, which Kuromoji cuts into 宗|篤, is the KB person's name, not an unknown full name
        EntityLinker linker = new EntityLinker(dev.kiji.link.kb.KnowledgeBase.of(java.util.List.of(painter)));
        Document d = linker.process(DocBuilder.ja("展覧会", "鷹森宗篤の屏風。宗篤は晩年に描いた。")
                .m("鷹森宗篤", PERSON).m("宗篤", PERSON)
                .t("鷹森", "タカモリ", "名詞-固有名詞-人名-姓").t("宗", "シュウ", "名詞-一般").t("篤", "アツシ", "名詞-固有名詞-人名-名")
                .t("の", "ノ", "助詞-連体化").t("屏風", "ビョウブ", "名詞-一般").t("。", "。", "記号-句点")
                .t("宗", "シュウ", "名詞-一般").t("篤", "アツシ", "名詞-固有名詞-人名-名").build());
        assertEquals("kb:person:takamori_sotoku", idOf(d, "鷹森宗篤"));
        assertEquals("kb:person:takamori_sotoku", idOf(d, "宗篤"));
    }

    @Test
    void tokensAfterASurnameFormOneGivenName() {
        Document d = link(DocBuilder.ja("入団", "桑原大翔投手が入団した。").m("桑原大翔", PERSON)
                .t("桑原", "クワハラ", "名詞-固有名詞-人名-姓").t("大", "ダイ", "名詞-一般").t("翔", "ショウ", "名詞-一般"));
        // 大|翔 is one given name, read as most of its bearers are called (Hiroto), not Dai + Sho; the family name
        // takes the reading table's most frequent romanization
        assertEquals("nil:person:hiroto_kuwahara", idOf(d, "桑原大翔"));
        assertEquals("Hiroto Kuwahara", d.entities().get(0).name());
    }

    @Test
    void similarButDifferentNamesStayApart() {
        Document d = link(DocBuilder.en("Council", "Councillor Tom Jackson argued with Councillor Tom Johnson. "
                + "Jackson left; Johnson stayed.").m("Tom Jackson", PERSON).m("Tom Johnson", PERSON)
                .m("Jackson", PERSON).m("Johnson", PERSON));
        assertEquals(2, d.entities().size(), d.entities().toString());
        assertNotEquals(idOf(d, "Jackson"), idOf(d, "Johnson"));
        assertEquals(idOf(d, "Tom Jackson"), idOf(d, "Jackson"));
        Document close = link(DocBuilder.en("Vote", "Ann Johnston and Bill Johnson voted. Johnson won; Johnston lost.")
                .m("Ann Johnston", PERSON).m("Bill Johnson", PERSON).m("Johnson", PERSON).m("Johnston", PERSON));
        assertEquals(2, close.entities().size(), close.entities().toString());
        Document kanji = link(DocBuilder.ja("会談", "石破茂首相と石田茂氏が会談した。").person("石破", "イシバ", "茂", "シゲル")
                .person("石田", "イシダ", "茂", "シゲル").m("石破茂首相", PERSON).m("石田茂氏", PERSON));
        assertEquals(2, kanji.entities().size(), kanji.entities().toString());
    }

    @Test
    void acronymsAndAbbreviationsExpandThroughTheKb() {
        Document ja = link(DocBuilder.ja("国連が声明", "国際連合は声明を出した。国連は米露に自制を求めた。日銀も注視している。")
                .m("国際連合", ORGANIZATION).m("国連", ORGANIZATION).m("米", LOCATION).m("露", LOCATION)
                .m("日銀", ORGANIZATION));
        Document en = link(DocBuilder.en("UN statement", "The United Nations issued a statement. The UN urged the "
                + "United States and Russia to show restraint. The Bank of Japan is watching.")
                .m("United Nations", ORGANIZATION).m("UN", ORGANIZATION).m("United States", LOCATION)
                .m("Russia", LOCATION).m("Bank of Japan", ORGANIZATION));
        assertEquals(idOf(ja, "国際連合"), idOf(ja, "国連"));
        assertEquals("wd:Q1065", idOf(ja, "国連"));
        assertEquals(idOf(en, "United Nations"), idOf(ja, "国連"));
        assertEquals("wd:Q30", idOf(ja, "米"));
        assertEquals(idOf(en, "United States"), idOf(ja, "米"));
        assertEquals("wd:Q159", idOf(ja, "露"));
        assertEquals(idOf(en, "Russia"), idOf(ja, "露"));
        assertEquals("kb:org:bank_of_japan", idOf(ja, "日銀"));
        assertEquals(idOf(en, "Bank of Japan"), idOf(ja, "日銀"));
        assertEquals(ids(en), ids(ja));
    }

    @Test
    void bareForeignSurnameLinksWithSupportingContext() {
        Document d = link(DocBuilder.ja("バイデン大統領が演説", "バイデン大統領はホワイトハウスで演説した。")
                .m("バイデン大統領", PERSON).m("バイデン大統領", PERSON).m("ホワイトハウス", ORGANIZATION));
        assertEquals("wd:Q6279", idOf(d, "バイデン大統領"));
        Entity biden = d.entities().stream().filter(e -> e.id().equals("wd:Q6279")).findFirst().orElseThrow();
        assertEquals("Joe Biden", biden.name());
        assertEquals("Q6279", biden.wikidata());
    }

    @Test
    void aTitleWrittenAfterTheMentionSupportsLinkingABareSurname() {
        Document d = link(DocBuilder.ja("会見", "ショルツ独首相は会見で述べた。").m("ショルツ", PERSON));
        assertEquals("wd:Q61053", idOf(d, "ショルツ"));
        Document plain = link(DocBuilder.ja("会見", "ショルツは会見で述べた。").m("ショルツ", PERSON));
        assertTrue(idOf(plain, "ショルツ").startsWith("nil:"));
        Document suspect = link(DocBuilder.ja("逮捕", "ショルツ容疑者を首相官邸の前で逮捕した。").m("ショルツ", PERSON));
        assertTrue(idOf(suspect, "ショルツ").startsWith("nil:"));
    }

    @Test
    void theEndOfAKnownFullNameKeepsTheClusterLinked() {
        Document d = link(DocBuilder.en("Vote", "Paul St-Pierre Plamondon won. St-Pierre Plamondon thanked voters.")
                .m("Paul St-Pierre Plamondon", PERSON).m("St-Pierre Plamondon", PERSON));
        assertEquals("kb:person:paul_st_pierre_plamondon", idOf(d, "Paul St-Pierre Plamondon"));
        assertEquals("kb:person:paul_st_pierre_plamondon", idOf(d, "St-Pierre Plamondon"));
        Document other = link(DocBuilder.en("Vote", "Lucie St-Pierre Plamondon won.").m("Lucie St-Pierre Plamondon", PERSON));
        assertTrue(idOf(other, "Lucie St-Pierre Plamondon").startsWith("nil:"));
    }

    @Test
    void aLeadersGovernmentWrittenAfterTheMentionSupportsLinkingABareSurname() {
        Document d = link(DocBuilder.ja("関税", "ショルツ政権は関税に反発した。").m("ショルツ", PERSON));
        assertEquals("wd:Q61053", idOf(d, "ショルツ"));
        Document country = link(DocBuilder.ja("関税", "ショルツ独政権は関税に反発した。").m("ショルツ", PERSON));
        assertEquals("wd:Q61053", idOf(country, "ショルツ"));
        Document unknown = link(DocBuilder.ja("関税", "ハルトマン政権は関税に反発した。").m("ハルトマン", PERSON));
        assertTrue(idOf(unknown, "ハルトマン").startsWith("nil:"));
    }

    @Test
    void anEnglishAdministrationOrGovernmentAfterTheMentionSupportsLinkingABareSurname() {
        Document d = link(DocBuilder.en("Tariffs", "The Scholz government opposed the tariffs.").m("Scholz", PERSON));
        assertEquals("wd:Q61053", idOf(d, "Scholz"));
        Document bare = link(DocBuilder.en("Tariffs", "Scholz opposed the tariffs at the meeting.").m("Scholz", PERSON));
        assertTrue(idOf(bare, "Scholz").startsWith("nil:"), "a bare surname without support stays NIL");
        Document unknown = link(DocBuilder.en("Tariffs", "The Hartmann administration opposed the tariffs.").m("Hartmann", PERSON));
        assertTrue(idOf(unknown, "Hartmann").startsWith("nil:"));
    }

    @Test
    void privatePersonSharingAFamousSurnameStaysNil() {
        Document d = link(DocBuilder.ja("市内で表彰式", "首相官邸の近くに住む会社員の岸田健さん（45）が表彰された。日本の首相も祝福した。岸田さんは喜んだ。")
                .person("岸田", "キシダ", "健", "ケン").t("岸田", "キシダ", "名詞-固有名詞-人名-姓")
                .m("岸田健さん", PERSON).m("岸田さん", PERSON));
        assertEquals(1, d.entities().size());
        Entity e = d.entities().get(0);
        assertEquals("nil:person:ken_kishida", e.id());
        assertEquals("Ken Kishida", e.name());
        assertEquals("岸田健", e.nameJa());
        assertNull(e.wikidata());
        Document bare = link(DocBuilder.ja("表彰", "日本の首相官邸の近く。会社員の岸田さんが表彰された。").m("岸田さん", PERSON));
        assertTrue(bare.entities().get(0).id().startsWith("nil:person:"), bare.entities().get(0).id());
    }

    @Test
    void nilIdsAreStableAndAgreeAcrossLanguages() {
        DocBuilder ja = DocBuilder.ja("佐々木実さんが受賞", "東北の農家、佐々木実さん（70）が受賞した。佐々木さんは喜んだ。")
                .person("佐々木", "ササキ", "実", "ミノル").person("佐々木", "ササキ", "実", "ミノル").t("佐々木", "ササキ", "名詞-固有名詞-人名-姓")
                .m("佐々木実", PERSON).m("佐々木実さん", PERSON).m("佐々木さん", PERSON);
        Document en = link(DocBuilder.en("Farmer wins award", "Minoru Sasaki, 70, a farmer, won. Sasaki was delighted.")
                .m("Minoru Sasaki", PERSON).m("Sasaki", PERSON));
        Document first = link(ja);
        Document again = new EntityLinker(KnowledgeBase.shared()).process(ja.build());
        assertEquals("nil:person:minoru_sasaki", first.entities().get(0).id());
        assertEquals(first.entities(), again.entities());
        assertEquals(1, first.entities().size());
        assertEquals(first.entities().get(0).id(), en.entities().get(0).id());
        assertEquals("Minoru Sasaki", first.entities().get(0).name());
    }

    @Test
    void aPluggedRomanizerMakesForeignNamesAgreeAcrossLanguages() {
        NameRomanizer dict = name -> switch (name) {
            case "ミハイル" -> java.util.Optional.of("Mikhail");
            case "ドブロフスキー" -> java.util.Optional.of("Dobrovsky");
            default -> java.util.Optional.empty();
        };
        EntityLinker withDict = new EntityLinker(KnowledgeBase.shared(), dict);
        Document ja = withDict.process(DocBuilder.ja("会見", "ミハイル・ドブロフスキー氏が語った。").m("ミハイル・ドブロフスキー氏", PERSON).build());
        Document en = withDict.process(DocBuilder.en("Talks", "Mikhail Dobrovsky spoke.").m("Mikhail Dobrovsky", PERSON).build());
        assertEquals(en.entities().get(0).id(), ja.entities().get(0).id());
        assertEquals("Mikhail Dobrovsky", ja.entities().get(0).name());
        Document plain = link(DocBuilder.ja("会見", "ミハイル・ドブロフスキー氏が語った。").m("ミハイル・ドブロフスキー氏", PERSON));
        assertEquals("nil:person:dabrahsk_mah", plain.entities().get(0).id());
    }

    @Test
    void valueMentionsGetNoEntity() {
        Document d = link(DocBuilder.en("Talks", "On 3 May 2024 Tokyo hosted talks.").v("3 May 2024", DATE, "2024-05-03")
                .m("Tokyo", LOCATION));
        assertNull(d.mentions().get(0).entity());
        assertEquals("wd:Q1490", d.mentions().get(1).entity());
        assertEquals(List.of("wd:Q1490"), d.entities().stream().map(Entity::id).toList());
    }

    @Test
    void salienceRanksTitleAndFrequentEntitiesFirst() {
        Document d = link(DocBuilder.en("Acme Robotics opens plant", "Acme Robotics opened a plant in Ohio. "
                + "A supplier, Bolt Parts, joined. Acme Robotics hired staff. Later, Acme Robotics expanded.")
                .m("Acme Robotics", ORGANIZATION, Subtype.COMPANY).m("Acme Robotics", ORGANIZATION, Subtype.COMPANY)
                .m("Ohio", LOCATION).m("Bolt Parts", ORGANIZATION, Subtype.COMPANY)
                .m("Acme Robotics", ORGANIZATION, Subtype.COMPANY).m("Acme Robotics", ORGANIZATION, Subtype.COMPANY));
        List<Entity> es = d.entities();
        assertEquals("nil:name:akm_robotic", es.get(0).id());  // Robotics is a generic word (ロボティクス)
        for (int i = 1; i < es.size(); i++) {
            assertTrue(es.get(i - 1).salience() >= es.get(i).salience());
        }
        assertTrue(es.stream().allMatch(e -> e.salience() >= 0 && e.salience() <= 1));
        assertEquals(Subtype.COMPANY, es.get(0).subtype());
    }
}
