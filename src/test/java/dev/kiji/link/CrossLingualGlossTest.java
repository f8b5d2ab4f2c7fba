package dev.kiji.link;

import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static dev.kiji.doc.EntityType.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * A name glossed in parentheses in another script ({@link ParentheticalGloss}) is the same entity, and its NIL
 * id is read from the form the English article shares ({@link NilKeyForm}): the katakana reading of a Korean
 * name in kanji, the Latin title of a work. Invented names throughout.
 */
class CrossLingualGlossTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String id(Document d, String mention) {
        return LINKER.process(d).mentions().stream().filter(m -> m.text().equals(mention)).map(Mention::entity)
                .findFirst().orElseThrow();
    }

    private static String en(String text, String name, dev.kiji.doc.EntityType type) {
        return id(DocBuilder.en("Report", text).m(name, type).build(), name);
    }

    /** The name and its gloss share one id, and it is the id the English article gives the glossed form. */
    private static void assertGlossShared(String jaText, String name, String gloss, String enText, String enName,
            dev.kiji.doc.EntityType type) {
        Document ja = DocBuilder.ja("記事", jaText).m(name, type).m(gloss, type).build();
        String id = id(ja, name);
        assertEquals(id, id(ja, gloss));
        assertEquals(en(enText, enName, type), id);
    }

    @Test
    void koreanNameInKanjiIsKeyedFromItsKatakanaReading() {
        assertGlossShared("無所属の朴泰植（パク・テシク）氏が当選した。", "朴泰植", "パク・テシク",
                "Independent Park Tae-sik won the race.", "Park Tae-sik", PERSON);
    }

    @Test
    void workTitledInJapaneseTakesTheIdOfItsEnglishTitle() {
        assertGlossShared("小説「霧の港」（英題「The Harbor of Mist」）が選ばれた。", "霧の港", "The Harbor of Mist",
                "The novel \"The Harbor of Mist\" won.", "The Harbor of Mist", PRODUCT);
    }

    @Test
    void aPlaceInParenthesesAfterACompanyIsItsAddressNotAGloss() {
        Document ja = DocBuilder.ja("記事", "カミツレロボ（神戸市）が開発した。").m("カミツレロボ", ORGANIZATION)
                .m("神戸市", dev.kiji.doc.EntityType.LOCATION).build();
        assertEquals("kb:loc:kobe", id(ja, "神戸市"));
        assertNotEquals(id(ja, "神戸市"), id(ja, "カミツレロボ"));
    }

    @Test
    void anAcronymBesideAFullNameDoesNotKeyIt() {
        Document ja = DocBuilder.ja("記事", "日本ネットボール協会（ＪＢＡＸ）は会見した。ＪＢＡＸの会長が話した。")
                .t("日本", "ニッポン", "名詞-固有名詞-地域-国").t("ネットボール", null, "名詞-一般").t("協会", "キョウカイ", "名詞-一般")
                .t("ＪＢＡＸ", null, "名詞-固有名詞-組織").t("ＪＢＡＸ", null, "名詞-固有名詞-組織")
                .m("日本ネットボール協会", ORGANIZATION).m("ＪＢＡＸ", ORGANIZATION).m("ＪＢＡＸ", ORGANIZATION).build();
        String id = id(ja, "日本ネットボール協会");
        assertEquals(id, id(ja, "ＪＢＡＸ"));
        assertEquals(en("The Japan Netball Association said it would appeal.", "Japan Netball Association", ORGANIZATION), id,
                "the English article names it in full only");
    }

    @Test
    void anAbbreviationWithLatinLettersGlossesTheNameBeforeIt() {
        Document ja = DocBuilder.ja("Ｗ杯", "Ｗ杯で日本が勝った。北中米ワールドカップ（Ｗ杯）の1次リーグで、Ｗ杯初勝利。")
                .m("Ｗ杯", dev.kiji.doc.EntityType.EVENT).m("北中米ワールドカップ", dev.kiji.doc.EntityType.EVENT)
                .m("Ｗ杯", dev.kiji.doc.EntityType.EVENT).m("Ｗ杯", dev.kiji.doc.EntityType.EVENT).build();
        java.util.List<String> ids = LINKER.process(ja).mentions().stream().map(Mention::entity).distinct().toList();
        assertEquals(java.util.List.of("kb:event:fifa_world_cup_2026"), ids, "the headline's Ｗ杯 too");
    }

    @Test
    void aNameFarFromTheParenthesisIsNoGloss() {
        Document ja = DocBuilder.ja("会見", "鷲宮工業の社長が会見し、業界団体（ＷＴＵＡ）にも触れた。")
                .m("鷲宮工業", ORGANIZATION).m("ＷＴＵＡ", ORGANIZATION).build();
        assertNotEquals(id(ja, "鷲宮工業"), id(ja, "ＷＴＵＡ"));
    }

    @Test
    void hyphenatedGivenNameIsKeyedBySoundLikeItsKatakana() {
        Document ja = DocBuilder.ja("会談", "ユン・ソヨン氏が来日した。").m("ユン・ソヨン", PERSON).build();
        String en = en("Yun So-yon arrived in Tokyo.", "Yun So-yon", PERSON);
        assertEquals(en, id(ja, "ユン・ソヨン"));
        assertTrue(en.startsWith("nil:person:"), en);
    }
}
