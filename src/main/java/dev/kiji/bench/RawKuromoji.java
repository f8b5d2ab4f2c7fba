package dev.kiji.bench;

import dev.kiji.doc.Document;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The floor: Lucene Kuromoji tokenizing whole texts with no other work (one reused tokenizer). */
final class RawKuromoji {
    private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

    /** Tokenizes every document; returns the token count. */
    long run(List<Document> docs) {
        long tokens = 0;
        try {
            for (Document d : docs) {
                tokenizer.setReader(new StringReader(d.text()));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    if (term.length() > 0) {
                        tokens++;
                    }
                }
                tokenizer.end();
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
