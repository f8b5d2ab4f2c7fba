package dev.kiji.link;

import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two names a recognizer tagged as one ("AとB", "A and B") are split when the article names them alone. */
class CoordinatedNamesTest {

    private static List<String> texts(List<Mention> ms) {
        return ms.stream().map(Mention::text).toList();
    }

    @Test
    void aHeadlinePairIsSplitIntoItsTwoNames() {
        Document d = DocBuilder.ja("統合", "鷲宮化学とはやて薬品が統合。鷲宮化学の社長が語った。")
                .m("鷲宮化学とはやて薬品", ORGANIZATION).m("鷲宮化学", ORGANIZATION).build();
        List<Mention> out = CoordinatedNames.split(d.mentions(), d.text());
        assertEquals(List.of("鷲宮化学", "はやて薬品", "鷲宮化学"), texts(out));
        assertEquals("はやて薬品", out.get(1).span().slice(d.text()));
        Document e = DocBuilder.en("Merger", "Orvane Chemical and Tesla Rail merge. Orvane Chemical said so.")
                .m("Orvane Chemical and Tesla Rail", ORGANIZATION).m("Orvane Chemical", ORGANIZATION).build();
        assertEquals(List.of("Orvane Chemical", "Tesla Rail", "Orvane Chemical"), texts(CoordinatedNames.split(e.mentions(), e.text())));
    }

    @Test
    void aNameWithAConjunctionTheArticleNeverSplitsIsKept() {
        Document d = DocBuilder.ja("研究", "日本と世界の未来研究所が発表した。").m("日本と世界の未来研究所", ORGANIZATION).build();
        assertSame(d.mentions(), CoordinatedNames.split(d.mentions(), d.text()));
    }
}
