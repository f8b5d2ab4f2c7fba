package dev.kiji;

import dev.kiji.lang.en.EnglishAnalyzer;
import dev.kiji.lang.ja.JapaneseValues;
import dev.kiji.lang.ja.KuromojiTokenizer;
import dev.kiji.lang.ja.ProperNounChunker;
import dev.kiji.langid.LanguageDetector;
import dev.kiji.link.EnamdictRomanizer;
import dev.kiji.link.EntityLinker;
import dev.kiji.link.NameRomanizer;
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

    /**
     * Starts loading the default Japanese resources (Kuromoji's dictionary, the NER model and
     * ENAMDICT) on a daemon thread, so that they load while the caller loads the knowledge base
     * and reads its input; the first Japanese document then waits only for what is still loading.
     * English resources stay lazy: a Japanese-only run never loads CoreNLP.
     */
    public static Thread preloadJapanese(JapaneseRecognizer recognizer) {
        List<Stage> stages = recognizer == JapaneseRecognizer.MODEL
                ? List.of(new KuromojiTokenizer(), new JapaneseNer()) : List.of(new KuromojiTokenizer());
        Thread t = new Thread(() -> {
            try {
                stages.forEach(Stage::preload);
            } catch (RuntimeException e) {
                // not reported here: the first document that needs the resource fails with a proper error record
            }
        }, "kiji-preload");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The standard pipeline's linking stage: ENAMDICT spells katakana names of unlinked people. */
    public static EntityLinker linker(KnowledgeBase kb) {
        return new EntityLinker(kb, NameRomanizer.none(), EnamdictRomanizer.shared());
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

    /** Which English analysis to run. */
    public enum EnglishRecognizer {
        /** kiji's lean CoreNLP setup (one CoNLL CRF + numeric classifiers): the default. */
        LEAN,
        /** CoreNLP's default NER settings (three CRFs, SUTime, fine-grained regexner): a baseline. */
        CORENLP_DEFAULT
    }

    /** The standard pipeline linking against {@code kb}, with the chosen Japanese recognizer. */
    public static Pipeline standard(KnowledgeBase kb, JapaneseRecognizer recognizer) {
        return standard(kb, recognizer, EnglishRecognizer.LEAN);
    }

    /** The standard pipeline linking against {@code kb}, with the chosen Japanese and English recognizers. */
    public static Pipeline standard(KnowledgeBase kb, JapaneseRecognizer recognizer, EnglishRecognizer english) {
        Map<String, List<Stage>> byLang = new LinkedHashMap<>();
        byLang.put("ja", List.of(new JapaneseSentenceSplitter(), new KuromojiTokenizer(),
                recognizer == JapaneseRecognizer.MODEL ? new JapaneseNer(kb) : new ProperNounChunker(),
                new JapaneseValues()));
        byLang.put("en", List.of(english == EnglishRecognizer.LEAN ? new EnglishAnalyzer(kb)
                : EnglishAnalyzer.withStockCoreNlp(kb)));
        return Pipeline.of(List.of(new Normalizer(), new LanguageDetector(), new ByLanguage(byLang),
                linker(kb), new TopicClassifier(),
                new KeyphraseExtractor()));
    }
}
