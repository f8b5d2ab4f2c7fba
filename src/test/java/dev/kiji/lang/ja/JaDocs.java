package dev.kiji.lang.ja;

import dev.kiji.doc.Document;
import dev.kiji.doc.NormalizedText;
import dev.kiji.normalize.Normalizer;
import dev.kiji.segment.JapaneseSentenceSplitter;

/** Builds Japanese test documents up to sentences or tokens. */
final class JaDocs {
    static final JapaneseSentenceSplitter SPLITTER = new JapaneseSentenceSplitter();
    static final KuromojiTokenizer TOKENIZER = new KuromojiTokenizer();

    private JaDocs() {
    }

    static Document sentences(String text) {
        NormalizedText norm = Normalizer.normalize(text);
        Document d = Document.create("t", "test", null, null, null, "ja", text).withNormalized(norm).withLang("ja");
        return SPLITTER.process(d);
    }

    static Document tokens(String text) {
        return TOKENIZER.process(sentences(text));
    }
}
