package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Kanji names read as ENAMDICT lists them where the usual reading of the characters is another: a person
 * listed in full ({@code 羽生善治 Habu Yoshiharu}, though 羽生 is most often Hanyuu) and a city listed with
 * its class ({@code 日向市 Hyuuga}, which Kuromoji reads ヒナタ), so the English article's id is the same. The
 * linker has an empty KB here, so that the names are read, whatever entries the default KB gains.
 */
class KanjiReadingsTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(java.util.List.of()), NameRomanizer.none(),
            EnamdictRomanizer.shared());

    private static String id(DocBuilder b) {
        Document d = LINKER.process(b.build());
        return d.mentions().get(0).entity();
    }

    @Test
    void aPersonTheDictionaryListsInFullTakesThatReading() {
        String ja = id(DocBuilder.ja("将棋", "羽生善治さんが指した。").m("羽生善治", PERSON)
                .t("羽生", "ハニュウ", "名詞-固有名詞-人名-姓").t("善治", "ゼンジ", "名詞-固有名詞-人名-名"));
        assertEquals(id(DocBuilder.en("Shogi", "Yoshiharu Habu played.").m("Yoshiharu Habu", PERSON)), ja);
    }

    @Test
    void aCityTheDictionaryListsWithItsClassTakesThatReading() {
        String ja = id(DocBuilder.ja("発表", "日向市が発表した。").m("日向市", LOCATION)
                .t("日向", "ヒナタ", "名詞-固有名詞-地域-一般").t("市", "シ", "名詞-接尾-地域"));
        assertEquals(id(DocBuilder.en("City", "Hyuga announced it.").m("Hyuga", LOCATION)), ja);
        assertEquals("nil:name:hyuga", ja);
    }
}
