package dev.kiji.lang.en;

import java.util.Properties;

/**
 * The CoreNLP configuration of the English path, chosen by measurement (see the table in
 * {@code docs}/the branch report): one CRF (CoNLL 4-class: PER/ORG/LOC/MISC) plus CoreNLP's
 * rule-based numeric classifiers for DATE/TIME/MONEY/PERCENT, without SUTime and without the
 * fine-grained regexner gazetteer. Dates are normalized by {@link DateNormalizer} instead of SUTime.
 *
 * <p>Measured on one contended core (main-thread CPU tokens/s, 7-25k tokens of own news prose):
 * default {@code tokenize,ssplit,pos,lemma,ner} ~950 tok/s after a 13-28 s, 812 MB start;
 * this configuration ~9,000 tok/s after ~2.5-3.5 s and ~185 MB.
 */
final class CoreNlpSettings {
    /** Sentences longer than this many tokens are cut into chunks before POS/NER. */
    static final int MAX_SENTENCE_TOKENS = 200;

    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private CoreNlpSettings() {
    }

    /** Tokenizer and sentence splitter: runs first so long sentences can be cut before tagging. */
    static Properties split() {
        Properties p = base();
        p.setProperty("annotators", "tokenize,ssplit");
        return p;
    }

    /** POS, lemma and NER over an annotation that already has tokens and sentences. */
    static Properties analyze() {
        Properties p = base();
        p.setProperty("annotators", "pos,lemma,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.buildEntityMentions", "true");
        // backstops only: the chunker already keeps sentences below these lengths
        p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS * 2));
        p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS * 2));
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
