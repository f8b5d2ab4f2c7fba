package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model plus the news post-pass, end to end, on invented news sentences. */
class JapaneseNerNewsTest {
    private static final JapaneseNer NER = new JapaneseNer();

    private static List<String> tagged(String text) {
        return NER.mentions(text).stream().map(m -> m.span().start() + ":" + m.text() + "/" + m.type()).toList();
    }

    @Test
    void honorificStaysOutsideTheName() {
        assertEquals(List.of("0:マクロン/PERSON"), tagged("マクロン氏は会見した。"));
    }

    @Test
    void romanizedNamesInBylinesArePersons() {
        assertEquals(List.of("0:ロンドン/LOCATION", "5:Kenji Tanaka/PERSON", "18:ベルリン/LOCATION", "23:Anna Schmidt/PERSON"),
                tagged("ロンドンのKenji Tanaka、ベルリンのAnna Schmidtによる追加取材。"));
    }

    @Test
    void prefectureListedWithOthersIsALocation() {
        List<Mention> ms = NER.mentions("首相は、宮崎、大分の両県を視察した。");
        assertEquals(List.of("4:宮崎/LOCATION", "7:大分/LOCATION"),
                ms.stream().map(m -> m.span().start() + ":" + m.text() + "/" + m.type()).toList());
    }
}
