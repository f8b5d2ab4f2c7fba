package dev.kiji.lang.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a POS-tagged annotation the NER CRF needs to see: English writes the people, organizations and
 * places it finds with capitals, so the CRF runs only on windows of {@code margin} tokens around a token with a
 * capital letter (a sentence's first word only when tagged a noun, adjective, verb or foreign word, not {@code The}
 * or {@code He}); every other token is labelled {@code O} without it. Measured on the 58 English development
 * articles (main gold, h01–h40): with a margin of 5 the CRF sees 68% of the tokens, takes 68% of the time, and
 * labels every token as it does on whole sentences; margins 3 and 4 changed 42 and 7 labels.
 */
final class NerWindows {
    /** Tokens of context on each side of a capitalized token. */
    static final int MARGIN = 5;

    private NerWindows() {
    }

    /**
     * Replaces the annotation's sentences by the windows (tokens outside them get NER label {@code O}) and returns
     * the sentences it replaced, for {@link #restore}.
     */
    static List<CoreMap> narrow(Annotation doc, int margin) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> windows = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            boolean[] keep = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                if (seed(tokens.get(i), i == 0)) {
                    for (int j = Math.max(0, i - margin); j <= Math.min(tokens.size() - 1, i + margin); j++) {
                        keep[j] = true;
                    }
                }
            }
            int i = 0;
            while (i < tokens.size()) {
                if (!keep[i]) {
                    tokens.get(i).setNER("O");
                    i++;
                    continue;
                }
                int j = i;
                while (j < tokens.size() && keep[j]) {
                    j++;
                }
                List<CoreLabel> run = tokens.subList(i, j);
                windows.add(LongSentenceChunker.span(text, run, run.get(0).get(CoreAnnotations.TokenBeginAnnotation.class),
                        windows.size()));
                i = j;
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, windows);
        return sentences;
    }

    /** Puts back the sentences {@link #narrow} replaced. */
    static void restore(Annotation doc, List<CoreMap> sentences) {
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    }

    private static boolean seed(CoreLabel t, boolean first) {
        String w = t.word();
        if (w == null || w.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        if (!first) {
            return true;
        }
        String tag = t.tag() == null ? "" : t.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.startsWith("VB") || tag.equals("FW");
    }
}
