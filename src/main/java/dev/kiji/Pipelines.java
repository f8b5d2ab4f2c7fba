package dev.kiji;

import dev.kiji.lang.en.EnglishAnalyzer;
import dev.kiji.lang.ja.KuromojiTokenizer;
import dev.kiji.lang.ja.ProperNounChunker;
import dev.kiji.langid.LanguageDetector;
import dev.kiji.link.EntityLinker;
import dev.kiji.ner.JapaneseNer;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.normalize.Normalizer;
import dev.kiji.pipeline.ByLanguage;
import dev.kiji.pipeline.Pipeline;
import dev.kiji.pipeline.Stage;
import dev.kiji.segment.JapaneseSentenceSplitter;
import dev.kiji.topic.KeyphraseExtractor;
import dev.kiji.topic.TopicClassifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles kiji's standard pipeline. Heavy resources are loaded lazily by the stages themselves. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The standard pipeline with the default knowledge base. */
    public static Pipeline standard() {
        return standard(KnowledgeBase.shared());
    }

    /** The standard pipeline linking against {@code kb}. */
    public static Pipeline standard(KnowledgeBase kb) {
        return standard(kb, JapaneseRecognizer.MODEL);
    }

    /** Which Japanese entity recognizer to run. */
    public enum JapaneseRecognizer {
        /** The trained model ({@code models/ner-ja}): the default. */
        MODEL,
        /** Proper-noun chunks from Kuromoji's parts of speech: the baseline the model replaced. */
        POS
    }

    /** The standard pipeline linking against {@code kb}, with the chosen Japanese recognizer. */
    public static Pipeline standard(KnowledgeBase kb, JapaneseRecognizer recognizer) {
        Map<String, List<Stage>> byLang = new LinkedHashMap<>();
        byLang.put("ja", List.of(new JapaneseSentenceSplitter(), new KuromojiTokenizer(),
                recognizer == JapaneseRecognizer.MODEL ? new JapaneseNer() : new ProperNounChunker()));
        byLang.put("en", List.of(new EnglishAnalyzer()));
        return Pipeline.of(List.of(new Normalizer(), new LanguageDetector(), new ByLanguage(byLang),
                new EntityLinker(kb), new TopicClassifier(), new KeyphraseExtractor()));
    }
}
