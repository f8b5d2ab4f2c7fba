package dev.kiji.topic;

import dev.kiji.doc.Document;
import dev.kiji.doc.Token;
import dev.kiji.lang.ja.KuromojiTokenizer;
import dev.kiji.normalize.Normalizer;
import dev.kiji.segment.JapaneseSentenceSplitter;
import java.util.List;

/**
 * Test helper: Japanese tokens from the pipeline's own stages (normalize, sentences-ja,
 * tokenize-ja). The document text is NFKC-folded first, so spans index the folded text.
 */
final class KuromojiTestTokens {
    private static final Normalizer NORMALIZER = new Normalizer();
    private static final JapaneseSentenceSplitter SENTENCES = new JapaneseSentenceSplitter();
    private static final KuromojiTokenizer TOKENIZER = new KuromojiTokenizer();

    private KuromojiTestTokens() {
    }

    static List<Token> tokens(String text) {
        Document d = Document.create("t", "t", null, null, null, "ja", text).withLang("ja");
        return TOKENIZER.process(SENTENCES.process(NORMALIZER.process(d))).tokens();
    }

    /** A Japanese document with tokens and an empty mention layer. */
    static Document japanese(String id, String raw) {
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC);
        return Document.create(id, id, null, null, null, "ja", text)
                .withLang("ja")
                .withTokens(tokens(text))
                .withMentions(List.of());
    }
}
