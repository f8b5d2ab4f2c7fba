package dev.kiji.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Token;
import dev.kiji.normalize.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KuromojiTokenizerTest {

    private static Token find(List<Token> tokens, String surface) {
        return tokens.stream().filter(t -> t.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError(surface + " not in " + tokens));
    }

    @Test
    void declaresLayers() {
        KuromojiTokenizer t = new KuromojiTokenizer();
        assertEquals("tokenize-ja", t.name());
        assertEquals(Set.of(Layer.NORMALIZED, Layer.SENTENCES), t.requires());
        assertEquals(Set.of(Layer.TOKENS), t.produces());
    }

    @Test
    void givesFullPosPathReadingAndLemma() {
        List<Token> tokens = JaDocs.tokens("ロシアの首都で会議が行われた。").tokens();
        Token russia = tokens.get(0);
        assertEquals(new CharSpan(0, 3), russia.span());
        assertEquals("ロシア", russia.surface());
        assertEquals("名詞-固有名詞-地域-国", russia.pos());
        assertEquals("ロシア", russia.reading());
        Token verb = find(tokens, "行わ");
        assertEquals("行う", verb.lemma());
        assertTrue(verb.pos().startsWith("動詞"), verb.pos());
        assertEquals("。", tokens.get(tokens.size() - 1).surface());
    }

    @Test
    void surfaceKeepsOriginalWidthAndSpansSkipWhitespace() {
        String text = "昨日　ＮＡＴＯ&amp;国連が\n\n  声明を出した。";
        List<Token> tokens = JaDocs.tokens(text).tokens();
        Token nato = find(tokens, "ＮＡＴＯ");
        assertEquals(new CharSpan(3, 7), nato.span());
        assertTrue(nato.pos().startsWith("名詞-固有名詞-組織"), nato.pos());
        Token amp = find(tokens, "&amp;");
        assertEquals(new CharSpan(7, 12), amp.span());
        for (Token t : tokens) {
            assertEquals(t.span().slice(text), t.surface());
            assertTrue(!t.surface().isBlank(), "no whitespace token");
        }
    }

    @Test
    void unknownWordHasNoReadingAndTermAsLemma() {
        String text = "😀𠮷野家でザルブノフスキが話した。";
        List<Token> tokens = JaDocs.tokens(text).tokens();
        // Kuromoji groups the emoji and the out-of-dictionary 𠮷 as one unknown symbol run
        assertEquals(new CharSpan(0, 4), tokens.get(0).span());
        assertEquals(new CharSpan(4, 6), find(tokens, "野家").span());
        Token unknown = tokens.stream().filter(t -> t.surface().startsWith("ザル")).findFirst().orElseThrow();
        assertNull(unknown.reading());
        assertEquals(unknown.surface(), unknown.lemma());
    }

    @Test
    void unknownWordInFoldedWidthKeepsOriginalSurfaceAndNormalizedLemma() {
        String text = "昨日ｻﾞﾙﾌﾞﾉﾌｽｷが話した。";
        List<Token> tokens = JaDocs.tokens(text).tokens();
        Token unknown = tokens.stream().filter(t -> t.surface().startsWith("ｻﾞﾙ")).findFirst().orElseThrow();
        assertEquals(unknown.span().slice(text), unknown.surface());
        assertNull(unknown.reading());
        assertTrue(unknown.lemma().startsWith("ザル"), unknown.lemma());
        assertEquals(Normalizer.normalize(unknown.surface()).text(), unknown.lemma());
    }

    @Test
    void tokensStayInsideTheirSentence() {
        Document d = JaDocs.tokens("東京は晴れ。大阪は雨\n名古屋は曇り");
        assertEquals(3, d.sentences().size());
        for (Token t : d.tokens()) {
            assertEquals(1, d.sentences().stream().filter(s -> s.span().contains(t.span())).count(), t.toString());
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        KuromojiTokenizer shared = JaDocs.TOKENIZER;
        List<String> texts = List.of("政府は新しい方針を発表した。", "大阪で祭りが開かれた。", "選手たちが優勝を喜んだ。");
        List<List<Token>> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(shared.process(JaDocs.sentences(t)).tokens());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> shared.process(JaDocs.sentences(texts.get(k))).tokens()
                        .equals(expected.get(k))));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void longTextWithoutPunctuationIsTokenizedCompletely() {
        String unit = "東京都の会社員が新しい技術を開発して世界中で販売する計画を立てている";
        String text = unit.repeat(200_000 / unit.length() + 1);
        long t0 = System.nanoTime();
        Document d = JaDocs.tokens(text);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, d.sentences().size());
        StringBuilder joined = new StringBuilder();
        d.tokens().forEach(t -> joined.append(t.surface()));
        assertEquals(text, joined.toString());
        assertTrue(ms < 60_000, "took " + ms + " ms");
    }
}
