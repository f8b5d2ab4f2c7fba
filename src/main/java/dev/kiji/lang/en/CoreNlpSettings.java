package dev.kiji.lang.en;

import java.util.Properties;

/**
 * The CoreNLP configuration of the English path, chosen by measurement: one CRF (CoreNLP's
 * "all" 3-class PERSON/ORGANIZATION/LOCATION model, trained on more data than the CoNLL one), without
 * SUTime, the fine-grained regexner gazetteer, the MUC 7-class model or the numeric classifiers. Money,
 * dates and times come from {@link EnglishValues}, percentages, weekdays, lone months and years and
 * relative dates from {@link ValueRules} (dates normalized by {@link DateNormalizer}), named events,
 * laws and prizes from {@link NamedPhrases}. Dropping the numeric classifiers (sixth session) made the
 * stage 6.7% faster (alternating 3-s runs over our 18 English articles) with the same value mentions on
 * every English gold article set but one (h17-h24: one more right).
 *
 * <p>Measured on one contended core, own 612-token news text, main-thread CPU tokens/s (JDK 17,
 * SerialGC): default {@code tokenize,ssplit,pos,lemma,ner}: 949 tok/s, 13.5 s load, 812 MB heap;
 * fine-grained off + SUTime off (3 CRFs): ~3,900; + SUTime on, CoNLL only: 2,736; MUC 7-class only:
 * 9,404 (weaker PER/ORG/LOC, no MISC); CoNLL + MUC: 6,907; CoNLL 4-class only: 9,744, ~3 s load,
 * 185 MB heap. Sixth session, {@code kiji eval ner --lang en --coarse} on the English gold
 * (test-corpus/gold; heldout h01-h24): the CoNLL 4-class model was below CoreNLP's default on
 * PERSON and ORGANIZATION (h01-h24: 0.925 / 0.848 vs 0.946 / 0.869); the 3-class model equals the
 * default on both (0.946 / 0.869) and beats it on LOCATION (0.952 vs 0.923), at the same speed.
 * Eighth session: the CRF runs on {@link NerWindows} around capitalized tokens after POS and lemma have run on
 * whole sentences (same labels on every development article, NER time 68%).
 */
final class CoreNlpSettings {
    /** Sentences longer than this many tokens are cut into chunks before POS/NER. */
    static final int MAX_SENTENCE_TOKENS = 200;

    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CoreNlpSettings() {
    }

    /** Tokenizer and sentence splitter: runs first so long sentences can be cut before tagging. */
    static Properties split() {
        Properties p = base();
        p.setProperty("annotators", "tokenize,ssplit");
        return p;
    }

    /** POS and lemma over an annotation that already has tokens and sentences. */
    static Properties tag() {
        Properties p = over("pos,lemma");
        p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS * 2));
        return p;
    }

    /** NER over a tagged annotation (run on {@link NerWindows}, not whole sentences). */
    static Properties ner() {
        Properties p = over("ner");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // a backstop only: the chunker already keeps sentences below this length
        p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS * 2));
        return p;
    }

    /**
     * CoreNLP's default {@code pos,lemma,ner} (three CRFs, SUTime, fine-grained regexner, numeric
     * classifiers) over kiji's tokens and sentences: what a user would otherwise run, for evaluation.
     */
    static Properties stockAnalyze() {
        return over("pos,lemma,ner");
    }

    /** {@code annotators} run over an annotation that already has what they need (tokens, sentences, tags). */
    private static Properties over(String annotators) {
        Properties p = base();
        p.setProperty("annotators", annotators);
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    private static Properties base() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        // keep odd characters as tokens instead of logging "Untokenizable" warnings
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // extracted news text has one paragraph (or headline) per line
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return p;
    }
}
