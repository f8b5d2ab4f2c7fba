package dev.kiji.segment;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.NormalizedText;
import dev.kiji.doc.Sentence;
import dev.kiji.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the normalized text into sentences with {@link SentenceBoundaries} and maps each span
 * back to the original text. Stateless, hence thread-safe; needs no dictionary, so it also serves
 * any language that is not sent through CoreNLP.
 */
public final class JapaneseSentenceSplitter implements Stage {

    @Override
    public String name() {
        return "sentences-ja";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.NORMALIZED, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Document process(Document doc) {
        NormalizedText norm = doc.normalized();
        List<Sentence> sentences = new ArrayList<>();
        for (CharSpan s : SentenceBoundaries.find(norm.text())) {
            sentences.add(new Sentence(norm.toOriginal(s.start(), s.end())));
        }
        return doc.withSentences(sentences);
    }
}
