package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongSentenceChunkerTest {

    private static Annotation oneSentence(String tagged) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of(tagged, text);
        Annotation a = new Annotation(text.toString());
        a.set(CoreAnnotations.TokensAnnotation.class, tokens);
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
        a.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(List.of(s)));
        return a;
    }

    @Test
    void shortSentencesAreLeftAlone() {
        Annotation a = oneSentence("a b c");
        List<CoreMap> before = a.get(CoreAnnotations.SentencesAnnotation.class);
        LongSentenceChunker.chunk(a, 3);
        assertSame(before, a.get(CoreAnnotations.SentencesAnnotation.class));
    }

    @Test
    void longSentencesAreCutIntoChunksCoveringEveryToken() {
        Annotation a = oneSentence("a b c d e f g h i j");
        LongSentenceChunker.chunk(a, 4);
        List<CoreMap> chunks = a.get(CoreAnnotations.SentencesAnnotation.class);
        assertEquals(List.of(4, 4, 2), chunks.stream()
                .map(c -> c.get(CoreAnnotations.TokensAnnotation.class).size()).toList());
        CoreMap second = chunks.get(1);
        assertEquals("e f g h", second.get(CoreAnnotations.TextAnnotation.class));
        assertEquals(4, second.get(CoreAnnotations.TokenBeginAnnotation.class));
        assertEquals(8, second.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        CoreLabel e = second.get(CoreAnnotations.TokensAnnotation.class).get(0);
        assertEquals(1, e.index());
        assertEquals(1, e.sentIndex());
    }

    @Test
    void chunksPreferToEndAfterAComma() {
        Annotation a = oneSentence("a b c , d e f g h i");
        LongSentenceChunker.chunk(a, 6);
        assertEquals(List.of(4, 6), a.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(c -> c.get(CoreAnnotations.TokensAnnotation.class).size()).toList());
    }
}
