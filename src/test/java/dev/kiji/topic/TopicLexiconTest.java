package dev.kiji.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicLexiconTest {
    @Test
    void parsesSectionsWeightsAndMultiWordTerms() {
        TopicLexicon lx = TopicLexicon.parse(List.of("# c", "@topic 15 ja", "選手:2.5 試合  # tail", "@topic 11 en",
                "prime_minister:3 Ｖｏｔｅ"), "t");
        assertEquals(List.of(new LexiconEntry(MediaTopic.SPORT, 2.5)), lx.lookup("ja", "選手"));
        assertEquals(List.of(new LexiconEntry(MediaTopic.SPORT, 1.0)), lx.lookup("ja", "試合"));
        assertEquals(3.0, lx.lookup("en", "prime minister").get(0).weight());
        assertEquals(MediaTopic.POLITICS, lx.lookup("en", "vote").get(0).topic(), "NFKC and lower case");
        assertEquals(2, lx.maxWords());
        assertTrue(lx.isPrefix("en", "prime"));
        assertTrue(lx.lookup("en", "prime").isEmpty());
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> TopicLexicon.parse(List.of("選手"), "t"));
        assertThrows(IllegalArgumentException.class, () -> TopicLexicon.parse(List.of("@topic 99 ja"), "t"));
        assertThrows(IllegalArgumentException.class, () -> EntityRules.parse(List.of("PERSON ja any"), "t"));
    }

    @Test
    void shippedModelCoversEveryTopicInBothLanguages() {
        TopicModel m = TopicModel.shipped();
        assertTrue(m.lexicon().size("ja") > 500 && m.lexicon().size("en") > 300);
        for (MediaTopic t : MediaTopic.values()) {
            assertEquals(t, MediaTopic.ofCode(t.code()));
        }
        assertEquals(MediaTopic.POLITICS, m.rules().matching(EntityType.ORGANIZATION, null, "ja", "外務省").get(0).topic());
        assertTrue(m.rules().matching(EntityType.ORGANIZATION, Subtype.COMPANY, "ja", "省").stream()
                .noneMatch(r -> r.topic() == MediaTopic.POLITICS), "a suffix rule needs more than the suffix");
    }
}
