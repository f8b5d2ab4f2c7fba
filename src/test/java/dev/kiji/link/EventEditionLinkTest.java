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
    void anUnknownEditionStaysNil() {
        Document d = LINKER.process(DocBuilder.ja("映画", "第3回みなと映画祭が開幕した。").m("第3回みなと映画祭", EVENT).build());
        assertEquals(true, idOf(d, "第3回みなと映画祭").startsWith("nil:"));
    }
}
