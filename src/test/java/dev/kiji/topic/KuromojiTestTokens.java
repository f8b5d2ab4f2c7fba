package dev.kiji.topic;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Test/dev helper standing in for the lead's Japanese tokenizer stage: Lucene Kuromoji
 * (Mode.NORMAL, punctuation kept) over NFKC-folded text, giving tokens the way the pipeline does
 * (pos = IPADIC path joined by '-', lemma = base form or surface). The document text is the
 * folded text itself, so spans index it directly.
 */
final class KuromojiTestTokens {
    private KuromojiTestTokens() {
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (JapaneseTokenizer tk = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            tk.setReader(new StringReader(text));
            CharTermAttribute term = tk.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = tk.addAttribute(OffsetAttribute.class);
            BaseFormAttribute base = tk.addAttribute(BaseFormAttribute.class);
            PartOfSpeechAttribute pos = tk.addAttribute(PartOfSpeechAttribute.class);
            ReadingAttribute reading = tk.addAttribute(ReadingAttribute.class);
            tk.reset();
            while (tk.incrementToken()) {
                String surface = term.toString();
                if (surface.isBlank()) {
                    continue;
                }
                String lemma = base.getBaseForm() == null ? surface : base.getBaseForm();
                String p = pos.getPartOfSpeech() == null ? "未知語" : pos.getPartOfSpeech();
                out.add(new Token(new CharSpan(off.startOffset(), off.endOffset()), surface, lemma, p,
                        reading.getReading()));
            }
            tk.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A Japanese document with tokens and an empty mention layer. */
    static Document japanese(String id, String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return Document.create(id, id, null, null, null, "ja", text)
                .withLang("ja")
                .withTokens(tokens(text))
                .withMentions(List.of());
    }
}
