package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NER CRF sees only windows around capitalized words; every other token is labelled O. */
class NerWindowsTest {

    private static Annotation sentences(String... tagged) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (String s : tagged) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int from = text.length();
            StringBuilder own = new StringBuilder();
            List<CoreLabel> toks = Tokens.of(s, own);
            toks.forEach(t -> {
                t.setBeginPosition(t.beginPosition() + from);
                t.setEndPosition(t.endPosition() + from);
                t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size() + toks.indexOf(t));
            });
            text.append(own);
            CoreMap m = new ArrayCoreMap();
            m.set(CoreAnnotations.TokensAnnotation.class, toks);
            sentences.add(m);
            all.addAll(toks);
        }
        Annotation a = new Annotation(text.toString());
        a.set(CoreAnnotations.TokensAnnotation.class, all);
        a.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return a;
    }

    private static List<String> windows(Annotation a) {
        return a.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
    }

    @Test
    void capitalizedWordsAndTheirContextFormWindowsTheRestIsO() {
        Annotation a = sentences("the/DT talks/NNS in/IN the/DT end/NN went/VBD well/RB and/CC then/RB Kiyose/NNP "
                + "said/VBD he/PRP was/VBD glad/JJ about/IN it/PRP all/DT today/NN ./.");
        List<CoreMap> before = a.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> replaced = NerWindows.narrow(a, 2);
        assertSame(before, replaced);
        assertEquals(List.of("and then Kiyose said he"), windows(a));
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals("O", tokens.get(0).ner());
        assertNull(tokens.get(8).ner());  // left to the CRF
        assertEquals("O", tokens.get(16).ner());
        CoreMap w = a.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        assertEquals(7, w.get(CoreAnnotations.TokenBeginAnnotation.class));
        assertEquals(tokens.get(7).beginPosition(), w.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        NerWindows.restore(a, replaced);
        assertSame(before, a.get(CoreAnnotations.SentencesAnnotation.class));
    }

    @Test
    void aSentenceOpeningFunctionWordIsNoSeedButAnOpeningNameIs() {
        Annotation a = sentences("The/DT rain/NN stopped/VBD ./.", "Hoshikawa/NNP left/VBD early/RB ./.",
                "He/PRP met/VBD the/DT iPhone/NN team/NN ./.");
        NerWindows.narrow(a, 1);
        assertEquals(List.of("Hoshikawa left", "the iPhone team"), windows(a));
    }

    @Test
    void overlappingWindowsMergeAndNeverCrossASentence() {
        Annotation a = sentences("met/VBD Aoba/NNP and/CC Hayate/NNP ./.", "Kusunoki/NNP won/VBD");
        NerWindows.narrow(a, 2);
        assertEquals(List.of("met Aoba and Hayate .", "Kusunoki won"), windows(a));
    }
}
