package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** NIL ids of unknown places, facilities and organizations agree between a Japanese and an English article. */
class NilKeyTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());
    private static final String PLACE = "名詞-固有名詞-地域-一般";
    private static final String SUFFIX = "名詞-接尾-地域";
    private static final String NOUN = "名詞-一般";

    private static String idOf(Document d, String mentionText) {
        return LINKER.process(d).mentions().stream().filter(m -> m.text().equals(mentionText))
                .map(Mention::entity).findFirst().orElseThrow(() -> new AssertionError(mentionText));
    }

    private static Document ja() {
        return DocBuilder.ja("新工場の計画", "株式会社ハヤテ電池は鷲ノ森市に工場を建てる。鷲ノ森港と鷲ノ森空港の近くで、"
                + "北辰国際問題研究所の研究員も視察した。")
                .m("株式会社ハヤテ電池", ORGANIZATION).m("鷲ノ森市", LOCATION).m("鷲ノ森港", FACILITY)
                .m("鷲ノ森空港", FACILITY).m("北辰国際問題研究所", ORGANIZATION)
                .t("株式会社", "カブシキガイシャ", NOUN).t("ハヤテ", "ハヤテ", NOUN).t("電池", "デンチ", NOUN)
                .t("鷲ノ森", "ワシノモリ", PLACE).t("市", "シ", SUFFIX)
                .t("鷲ノ森", "ワシノモリ", PLACE).t("港", "コウ", NOUN)
                .t("鷲ノ森", "ワシノモリ", PLACE).t("空港", "クウコウ", NOUN)
                .t("北辰", "ホクシン", NOUN).t("国際", "コクサイ", NOUN).t("問題", "モンダイ", NOUN)
                .t("研究所", "ケンキュウジョ", NOUN).build();
    }

    private static Document en() {
        return DocBuilder.en("Battery plant for Washinomori", "Hayate Battery Co. will build a plant in Washinomori "
                + "City, near Washinomori Airport and the Port of Washinomori. Staff of the Hokushin Institute of "
                + "International Affairs visited Washinomori.")
                .m("Hayate Battery Co.", ORGANIZATION).m("Washinomori City", LOCATION)
                .m("Washinomori Airport", FACILITY).m("Port of Washinomori", FACILITY)
                .m("Hokushin Institute of International Affairs", ORGANIZATION).build();
    }

    @Test
    void placeSuffixTokenAndEnglishClassWordAreLeftOut() {
        assertEquals("nil:name:washinomori", idOf(ja(), "鷲ノ森市"));
        assertEquals("nil:name:washinomori", idOf(en(), "Washinomori City"));
        Document bare = DocBuilder.en("Washinomori", "Washinomori voted.").m("Washinomori", LOCATION).build();
        assertEquals("nil:name:washinomori", idOf(bare, "Washinomori"));
    }

    @Test
    void genericWordsAreTranslatedAndOrderDoesNotMatter() {
        assertEquals(idOf(en(), "Washinomori Airport"), idOf(ja(), "鷲ノ森空港"));
        assertEquals("nil:name:washinomori_airport", idOf(ja(), "鷲ノ森空港"));
        assertEquals(idOf(en(), "Port of Washinomori"), idOf(ja(), "鷲ノ森港"));
        assertNotEquals(idOf(ja(), "鷲ノ森港"), idOf(ja(), "鷲ノ森空港"));
        assertEquals(idOf(en(), "Hokushin Institute of International Affairs"), idOf(ja(), "北辰国際問題研究所"));
    }

    @Test
    void legalFormsAreDropped() {
        assertEquals("nil:name:hayate_battery", idOf(ja(), "株式会社ハヤテ電池"));
        assertEquals("nil:name:hayate_battery", idOf(en(), "Hayate Battery Co."));
    }

    @Test
    void aKanaTokenEndingInAGenericWordIsReadAsBoth() {
        Document ja = DocBuilder.ja("発表", "ハヤテ自動車東日本が発表した。").m("ハヤテ自動車東日本", ORGANIZATION)
                .t("ハヤテ自動車", "ハヤテジドウシャ", NOUN).t("東日本", "ヒガシニホン", PLACE).build();
        Document en = DocBuilder.en("Results", "Hayate Motor East Japan reported.").m("Hayate Motor East Japan",
                ORGANIZATION).build();
        assertEquals("nil:name:hayate_east_japan_motor", idOf(ja, "ハヤテ自動車東日本"));
        assertEquals(idOf(ja, "ハヤテ自動車東日本"), idOf(en, "Hayate Motor East Japan"));
    }

    @Test
    void aPossessiveEndingAnOrganizationsNameIsPartOfItUnlessANounFollows() {
        Document ja = DocBuilder.ja("競売", "掛け軸はマーロウズで売れた。").m("マーロウズ", ORGANIZATION)
                .t("マーロウズ", "マーロウズ", "名詞-固有名詞-組織").build();
        Document at = DocBuilder.en("Sale", "The scroll sold at Marlowe's on Friday.").m("Marlowe's", ORGANIZATION)
                .t("on", null, "IN").build();
        Document genitive = DocBuilder.en("Sale", "Marlowe's profit rose, Marlowe said.").m("Marlowe's", ORGANIZATION)
                .t("profit", null, "NN").m("Marlowe", ORGANIZATION).build();
        assertEquals(idOf(ja, "マーロウズ"), idOf(at, "Marlowe's"));
        assertEquals(idOf(genitive, "Marlowe"), idOf(genitive, "Marlowe's"));
        assertNotEquals(idOf(at, "Marlowe's"), idOf(genitive, "Marlowe's"));
    }

    @Test
    void aWordOfAMultiWordTranslationIsNotGenericAlone() {
        Document d = DocBuilder.en("Deal", "Real Vision bought Bayside Real Estate.").m("Real Vision", ORGANIZATION)
                .m("Bayside Real Estate", ORGANIZATION).build();
        assertEquals("nil:name:rabagan", idOf(d, "Real Vision"));  // Vision ビジョン
        assertEquals("nil:name:basat_estate_real", idOf(d, "Bayside Real Estate"));
    }

    @Test
    void withoutReadingsTheNameIsKeyedAsWritten() {
        Document d = DocBuilder.ja("鷲ノ森市", "鷲ノ森市が発表した。").m("鷲ノ森市", LOCATION).build();
        assertEquals("nil:name:鷲ノ森市", idOf(d, "鷲ノ森市"));
    }

    @Test
    void singularFoldsPluralsButNotNames() {
        assertEquals("industry", NilKey.singular("industries"));
        assertEquals("motor", NilKey.singular("motors"));
        assertEquals("nexus", NilKey.singular("nexus"));
        assertEquals("glass", NilKey.singular("glass"));
    }
}
