package dev.kiji.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProperNounChunkerProperties {
    private static final String[] NAMES = {"ペトロフ", "アン", "トニー", "山田", "太郎", "東京", "都", "外務", "省",
        "Ben", "Hall", "ACME", "Ｘｙｚ", "・", "＝", "氏", "大統領", "株式会社", "社", "主義"};

    @Provide
    static Arbitrary<String> mixedText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(KuromojiTokenizerProperties.PIECES), Arbitraries.of(NAMES));
        return piece.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void mentionsAreOrderedNonOverlappingSlices(@ForAll("mixedText") String text) {
        Document d = new ProperNounChunker().process(JaDocs.tokens(text));
        int prevEnd = 0;
        for (Mention m : d.mentions()) {
            assertTrue(m.span().start() >= prevEnd, "ordered, non-overlapping: " + d.mentions());
            assertTrue(m.span().end() > m.span().start() && m.span().end() <= text.length());
            assertEquals(m.span().slice(text), m.text());
            assertTrue(!Character.isWhitespace(m.text().charAt(0)), "no leading whitespace: " + m);
            prevEnd = m.span().end();
        }
    }
}
