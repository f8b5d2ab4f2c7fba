package dev.kiji.ner;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji tokenization with the runtime settings (Mode.NORMAL, punctuation kept, no user
 * dictionary), used for training and tests. Spans index the given text.
 */
public final class KuromojiTokens {
    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));

    private KuromojiTokens() {
    }

    public static List<Token> tokenize(String text) {
        JapaneseTokenizer t = TOKENIZER.get();
        List<Token> out = new ArrayList<>();
        try {
            t.setReader(new StringReader(text));
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = t.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute base = t.addAttribute(BaseFormAttribute.class);
            ReadingAttribute reading = t.addAttribute(ReadingAttribute.class);
            t.reset();
            while (t.incrementToken()) {
                int s = off.startOffset();
                int e = off.endOffset();
                if (e <= s) continue;
                String surface = text.substring(s, e);
                String lemma = base.getBaseForm() == null ? term.toString() : base.getBaseForm();
                String p = pos.getPartOfSpeech() == null ? "未知語" : pos.getPartOfSpeech();
                out.add(new Token(new CharSpan(s, e), surface, lemma, p, reading.getReading()));
            }
            t.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                t.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
