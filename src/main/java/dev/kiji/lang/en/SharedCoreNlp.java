package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.pipeline.Lazy;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP loaded lazily, once: nothing is read from the models jar until the first English
 * document is annotated, so a Japanese-only run never pays for it. Thread-safe; CoreNLP's
 * annotators are safe to call from several threads.
 */
final class SharedCoreNlp {
    private static final SharedCoreNlp SHARED = new SharedCoreNlp();

    private final Lazy<Loaded> loaded;

    /** A fresh, unloaded holder (tests); production code uses {@link #shared()}. */
    SharedCoreNlp() {
        loaded = new Lazy<>(() -> new Loaded(new StanfordCoreNLP(CoreNlpSettings.split()),
                new StanfordCoreNLP(CoreNlpSettings.tag()), new StanfordCoreNLP(CoreNlpSettings.ner())));
    }

    /**
     * A holder whose POS/lemma/NER pass uses {@code analyze} over whole sentences (tokenization and splitting are
     * kiji's): CoreNLP as a user would run it, for comparison.
     */
    SharedCoreNlp(java.util.Properties analyze) {
        loaded = new Lazy<>(() -> new Loaded(new StanfordCoreNLP(CoreNlpSettings.split()),
                new StanfordCoreNLP(analyze), null));
    }

    /** The process-wide holder. */
    static SharedCoreNlp shared() {
        return SHARED;
    }

    boolean isLoaded() {
        return loaded.isComputed();
    }

    /**
     * Tokenizes, splits, cuts over-long sentences, then tags POS and lemma, and NER on the windows that need it
     * ({@link NerWindows}).
     *
     * @param docDate ISO date of the article or {@code null}
     */
    Parsed annotate(String text, String docDate) {
        Loaded l = load();
        Annotation a = new Annotation(text);
        if (docDate != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        l.split.annotate(a);
        List<CharSpan> sentences = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new CharSpan(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        LongSentenceChunker.chunk(a, CoreNlpSettings.MAX_SENTENCE_TOKENS);
        l.analyze.annotate(a);
        if (l.ner != null) {
            List<CoreMap> whole = NerWindows.narrow(a, NerWindows.MARGIN);
            l.ner.annotate(a);
            NerWindows.restore(a, whole);
        }
        return new Parsed(a, sentences);
    }

    private Loaded load() {
        return loaded.get();
    }

    /**
     * CoreNLP's annotation plus the sentence spans as the splitter found them (the annotation's
     * own sentences may be cut into chunks of at most {@link CoreNlpSettings#MAX_SENTENCE_TOKENS}).
     */
    record Parsed(Annotation annotation, List<CharSpan> sentences) {
    }

    /** {@code ner} is null when {@code analyze} runs NER itself. */
    private record Loaded(StanfordCoreNLP split, StanfordCoreNLP analyze, StanfordCoreNLP ner) {
    }
}
