package dev.kiji.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Token;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KuromojiTokenizerProperties {
    static final String[] PIECES = {"あ", "の", "は", "カ", "タ", "ー", "・", "＝", "漢", "字", "東京", "政府", "氏",
        "大統領", "株式会社", "省", "a", "B", "Cd", "NATO", "ＮＡＴＯ", "3", "２", ".", "。", "！", "？", "「", "」",
        "（", "）", "、", " ", "\u3000", "\n", "\t", "𠮷", "😀", "&amp;", "ﾊﾟ", "㈱"};

    @Provide
    static Arbitrary<String> mixedText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void tokensAreOrderedSlicesInsideSentences(@ForAll("mixedText") String text) {
        Document d = JaDocs.tokens(text);
        int prevEnd = 0;
        for (Token t : d.tokens()) {
            assertTrue(t.span().start() >= prevEnd, "ordered, non-overlapping: " + d.tokens());
            assertTrue(t.span().end() > t.span().start());
            assertEquals(t.span().slice(text), t.surface());
            assertTrue(!t.surface().isBlank());
            assertTrue(d.sentences().stream().anyMatch(s -> s.span().contains(t.span())), t + " outside sentences");
            prevEnd = t.span().end();
        }
    }
}
