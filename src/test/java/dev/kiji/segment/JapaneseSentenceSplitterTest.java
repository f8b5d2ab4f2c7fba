package dev.kiji.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.normalize.Normalizer;
import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.NormalizedText;
import dev.kiji.doc.Sentence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JapaneseSentenceSplitterTest {
    private final JapaneseSentenceSplitter splitter = new JapaneseSentenceSplitter();

    static Document doc(String text, NormalizedText norm) {
        return Document.create("t", "test", null, null, null, "ja", text).withNormalized(norm).withLang("ja");
    }

    private List<String> sentences(String text) {
        return sentences(text, NormalizedText.identity(text));
    }

    private List<String> sentences(String text, NormalizedText norm) {
        Document d = splitter.process(doc(text, norm));
        return d.sentences().stream().map(s -> s.span().slice(text)).toList();
    }

    @Test
    void declaresLayers() {
        assertEquals("sentences-ja", splitter.name());
        assertEquals(Set.of(Layer.NORMALIZED, Layer.LANGUAGE), splitter.requires());
        assertEquals(Set.of(Layer.SENTENCES), splitter.produces());
    }

    @Test
    void splitsAfterFinalPunctuationAndRuns() {
        assertEquals(List.of("雨が降った。", "本当に？！", "晴れるかな!?", "たぶん"),
                sentences("雨が降った。本当に？！晴れるかな!? たぶん"));
    }

    @Test
    void exactOffsetsExcludeWhitespace() {
        String text = "  猫が鳴いた。　犬も吠えた。 \n";
        List<Sentence> s = splitter.process(doc(text, NormalizedText.identity(text))).sentences();
        assertEquals(2, s.size());
        assertEquals(2, s.get(0).span().start());
        assertEquals(8, s.get(0).span().end());
        assertEquals(9, s.get(1).span().start());
        assertEquals(15, s.get(1).span().end());
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("彼は「行く。」と言った。", "次の日。"), sentences("彼は「行く。」と言った。次の日。"));
        assertEquals(List.of("「行こう。」", "「待って！」"), sentences("「行こう。」「待って！」"));
        assertEquals(List.of("そうだ。」", "次だ。"), sentences("そうだ。」次だ。"));
    }

    @Test
    void neverSplitsInsideBalancedBrackets() {
        assertEquals(List.of("首相は『改革を急ぐ！必ずやる。』と（再び。）強調した。"),
                sentences("首相は『改革を急ぐ！必ずやる。』と（再び。）強調した。"));
    }

    @Test
    void lineBreakEndsSentenceEvenInsideBrackets() {
        assertEquals(List.of("見出し「速報", "本文です。"), sentences("見出し「速報\n\n本文です。"));
    }

    @Test
    void strayBracketCannotSwallowTheArticle() {
        String longTail = "あ".repeat(BracketMatcher.MAX_SPAN + 10);
        String text = "彼は「言った。" + longTail + "。終わり。";
        assertEquals(List.of("彼は「言った。", longTail + "。", "終わり。"), sentences(text));
        String tooLong = "「" + "い".repeat(BracketMatcher.MAX_SPAN) + "。う」です。";
        assertEquals(List.of("「" + "い".repeat(BracketMatcher.MAX_SPAN) + "。", "う」です。"), sentences(tooLong));
    }

    @Test
    void asciiDotOnlyWhenItEndsASentence() {
        assertEquals(List.of("The rate was 3.5 percent.", "Mr. Smith left the U.S. office.", "Next one."),
                sentences("The rate was 3.5 percent. Mr. Smith left the U.S. office. Next one."));
        assertEquals(List.of("終わり．", "次．"), sentences("終わり．次．"));
    }

    @Test
    void blankTextMakesNoSentence() {
        assertEquals(List.of(), sentences(" \n\u3000\n "));
        assertEquals(List.of(), sentences(""));
    }

    @Test
    void mapsNormalizedSpansBackToOriginal() {
        String text = "ＮＡＴＯが会合！\u3000 \n\n 次は&amp;だ？";
        List<Sentence> s = splitter.process(doc(text, Normalizer.normalize(text))).sentences();
        assertEquals(List.of("ＮＡＴＯが会合！", "次は&amp;だ？"), s.stream().map(x -> x.span().slice(text)).toList());
    }

    @Test
    void nonBmpCharactersStayWhole() {
        assertEquals(List.of("𠮷野家で😀食べた。", "美味しい！"), sentences("𠮷野家で😀食べた。美味しい！"));
    }
}
