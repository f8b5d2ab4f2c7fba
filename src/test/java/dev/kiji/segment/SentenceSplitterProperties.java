package dev.kiji.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.normalize.Normalizer;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.NormalizedText;
import dev.kiji.doc.Sentence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SentenceSplitterProperties {
    private static final String[] PIECES = {"あ", "い", "カ", "タ", "ー", "漢", "字", "a", "B", "3", ".", "。", "．",
        "！", "？", "!", "?", "「", "」", "『", "』", "（", "）", "(", ")", "、", " ", "\u3000", "\n", "\r\n",
        "\n\n", "\t", "\uFEFF", "\u00A0", "ｶﾞ", "\u0085", "𠮷", "😀", "ＮＡＴＯ", "&amp;", "\"", "”"};

    @Provide
    static Arbitrary<String> mixedText() {
        return Arbitraries.of(PIECES).list().ofMaxSize(200).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void identityNormalizationCoversEveryNonSpaceCharOnce(@ForAll("mixedText") String text) {
        check(text, NormalizedText.identity(text));
    }

    @Property(tries = 400)
    void realNormalizationCoversEveryNonSpaceCharOnce(@ForAll("mixedText") String text) {
        check(text, Normalizer.normalize(text));
    }

    private static void check(String text, NormalizedText norm) {
        List<Sentence> sentences = new JapaneseSentenceSplitter()
                .process(JapaneseSentenceSplitterTest.doc(text, norm)).sentences();
        int[] cover = new int[text.length()];
        int prevEnd = 0;
        for (Sentence s : sentences) {
            CharSpan span = s.span();
            assertTrue(span.start() >= prevEnd, "in order, non-overlapping: " + sentences);
            assertTrue(span.end() > span.start(), "non-empty");
            assertTrue(!TextChars.isSpace(text.charAt(span.start())) && !TextChars.isSpace(text.charAt(span.end() - 1)),
                    "trimmed: " + span);
            assertTrue(!Character.isLowSurrogate(text.charAt(span.start())), "no split surrogate pair");
            assertTrue(!Character.isHighSurrogate(text.charAt(span.end() - 1)), "no split surrogate pair");
            for (int i = span.start(); i < span.end(); i++) {
                cover[i]++;
            }
            prevEnd = span.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!TextChars.isSpace(text.charAt(i))) {
                assertEquals(1, cover[i], "char " + i + " (U+" + Integer.toHexString(text.charAt(i)) + ") of " + text);
            }
        }
    }
}
