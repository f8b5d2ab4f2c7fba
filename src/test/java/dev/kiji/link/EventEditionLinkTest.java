package dev.kiji.link;

import static dev.kiji.doc.EntityType.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An edition of a recurring event ("第5回…", "5th …") links to the event series in the KB. */
class EventEditionLinkTest {
    private static final KbEntry FESTIVAL = new KbEntry("kb:event:sapporo_jazz", EntityType.EVENT, null,
            new KbEntry.Labels("Sapporo Jazz Festival", "札幌ジャズ祭"), null, null, "annual festival; 音楽 ジャズ");
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(List.of(FESTIVAL)));

    private static String idOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entity).findFirst().orElseThrow();
    }

    @Test
    void japaneseEditionLinksToTheSeries() {
        Document d = LINKER.process(DocBuilder.ja("ジャズ", "第5回札幌ジャズ祭が開幕した。").m("第5回札幌ジャズ祭", EVENT).build());
        assertEquals("kb:event:sapporo_jazz", idOf(d, "第5回札幌ジャズ祭"));
    }

    @Test
    void englishEditionLinksToTheSeries() {
        Document d = LINKER.process(DocBuilder.en("Jazz", "The 5th Sapporo Jazz Festival opened.")
                .m("5th Sapporo Jazz Festival", EVENT).build());
        assertEquals("kb:event:sapporo_jazz", idOf(d, "5th Sapporo Jazz Festival"));
    }

    @Test
    void anEditionTheRecognizerTypedAnOrganizationLinksToTheSeriesToo() {
        Document d = LINKER.process(DocBuilder.ja("ジャズ", "札幌ジャズ祭2026が開幕した。").m("札幌ジャズ祭2026", EntityType.ORGANIZATION)
                .build());
        assertEquals("kb:event:sapporo_jazz", idOf(d, "札幌ジャズ祭2026"));
        Document en = LINKER.process(DocBuilder.en("Jazz", "Sapporo Jazz Festival 2026 opened.")
                .m("Sapporo Jazz Festival 2026", EntityType.PRODUCT).build());
        assertEquals("kb:event:sapporo_jazz", idOf(en, "Sapporo Jazz Festival 2026"));
    }

    @Test
    void anUnknownEditionStaysNil() {
        Document d = LINKER.process(DocBuilder.ja("映画", "第3回みなと映画祭が開幕した。").m("第3回みなと映画祭", EVENT).build());
        assertEquals(true, idOf(d, "第3回みなと映画祭").startsWith("nil:"));
    }

    @Test
    void anUnknownEventWrittenAsAnAcronymWithItsEditionKeysAsTheSeriesAcronymInBothLanguages() {
        Document en = LINKER.process(DocBuilder.en("Forum", "She attended the ninth Hokuto International Forum on "
                + "Ocean Research (HIFOR 9) in Kobe. HIFOR 9 drew 40 delegations.")
                .m("ninth Hokuto International Forum on Ocean Research", EVENT).m("HIFOR 9", EVENT).build());
        Document ja = LINKER.process(DocBuilder.ja("会議", "第9回北斗国際海洋研究フォーラム（ＨＩＦＯＲ９）が神戸で開かれた。")
                .m("第9回北斗国際海洋研究フォーラム", EVENT).m("ＨＩＦＯＲ９", EVENT).build());
        assertEquals(idOf(en, "HIFOR 9"), idOf(en, "ninth Hokuto International Forum on Ocean Research"));
        assertEquals(idOf(en, "HIFOR 9"), idOf(ja, "ＨＩＦＯＲ９"));
        assertEquals(idOf(ja, "ＨＩＦＯＲ９"), idOf(ja, "第9回北斗国際海洋研究フォーラム"));
        assertEquals(false, idOf(ja, "ＨＩＦＯＲ９").matches(".*[0-9]$"), idOf(ja, "ＨＩＦＯＲ９"));
    }
}
