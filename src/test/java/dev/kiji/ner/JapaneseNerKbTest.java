package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The news rule that adds knowledge-base names reads the knowledge base the stage is given (a user's KB). */
class JapaneseNerKbTest {
    private static List<String> orgs(JapaneseNer ner, String text) {
        return ner.mentions(text).stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(m -> m.text() + "/" + m.subtype()).toList();
    }

    @Test
    void aUserKbOrganizationIsFoundWhereTheDefaultKbKnowsNothing() {
        String text = "政府は青空会議に協力を求めた。";
        KnowledgeBase user = KnowledgeBase.of(List.of(new KbEntry("kb:org:aozora_kaigi", EntityType.ORGANIZATION, Subtype.OTHER,
                new KbEntry.Labels("Blue Sky Council", "青空会議"), new KbEntry.Aliases(List.of(), List.of()), null, null)));
        assertEquals(List.of(), orgs(new JapaneseNer(), text));
        assertEquals(List.of("青空会議/OTHER"), orgs(new JapaneseNer(user), text));
    }
}
