package dev.kiji.lang.en;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a token limit into consecutive chunks, so the POS tagger and the NER
 * CRF see bounded input (a 200,000-character text without punctuation is one "sentence").
 * A chunk ends after the last comma, semicolon or colon in its second half when there is one.
 */
final class LongSentenceChunker {
    private LongSentenceChunker() {
    }

    /** Replaces the annotation's sentences by chunks of at most {@code maxTokens} tokens. */
    static void chunk(Annotation doc, int maxTokens) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        boolean tooLong = false;
        for (CoreMap s : sentences) {
            tooLong |= s.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens;
        }
        if (!tooLong) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int from = 0;
            while (from < tokens.size()) {
                int to = cut(tokens, from, maxTokens);
                Integer sentenceStart = s.get(CoreAnnotations.TokenBeginAnnotation.class);
                Integer firstToken = sentenceStart == null ? null : sentenceStart + from;
                out.add(sentence(text, tokens.subList(from, to), firstToken, out.size()));
                from = to;
            }
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static int cut(List<CoreLabel> tokens, int from, int maxTokens) {
        int limit = Math.min(tokens.size(), from + maxTokens);
        if (limit == tokens.size()) {
            return limit;
        }
        for (int i = limit - 1; i >= from + maxTokens / 2; i--) {
            String w = tokens.get(i).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return i + 1;
            }
        }
        return limit;
    }

    private static CoreMap sentence(String text, List<CoreLabel> tokens, Integer firstToken, int index) {
        CoreMap s = span(text, tokens, firstToken, index);
        List<CoreLabel> copy = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < copy.size(); i++) {
            copy.get(i).setIndex(i + 1);
            copy.get(i).setSentIndex(index);
        }
        return s;
    }

    /**
     * A sentence map over a run of tokens (a copy of the list), with its text, character offsets, index and, when
     * {@code firstToken} is known, its document token range; the tokens themselves are left as they are.
     */
    static CoreMap span(String text, List<CoreLabel> tokens, Integer firstToken, int index) {
        List<CoreLabel> copy = new ArrayList<>(tokens);
        int begin = copy.get(0).beginPosition();
        int end = copy.get(copy.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, copy);
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        if (firstToken != null) {
            s.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
            s.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + copy.size());
        }
        return s;
    }
}
