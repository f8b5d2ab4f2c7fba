package dev.kiji.lang.ja;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One Lucene {@link JapaneseTokenizer} with its attributes, for use by a single thread. The
 * system dictionary behind it is a process-wide singleton, so a session is cheap after the first.
 *
 * <p>The current morpheme is read through the accessors while {@link #analyze} calls the sink, so
 * nothing is allocated per morpheme unless the caller asks for a string (the term, base form and
 * reading are decoded only on request).
 */
final class KuromojiSession {
    /** Receives each morpheme in order; read the session's accessors, valid only during the call. */
    @FunctionalInterface
    interface Sink {
        void morpheme(KuromojiSession current);
    }

    private final JapaneseTokenizer tokenizer;
    private final CharTermAttribute term;
    private final OffsetAttribute offset;
    private final BaseFormAttribute baseForm;
    private final PartOfSpeechAttribute pos;
    private final ReadingAttribute reading;

    KuromojiSession(UserDictionary userDictionary) {
        tokenizer = new JapaneseTokenizer(userDictionary, false, JapaneseTokenizer.Mode.NORMAL);
        term = tokenizer.addAttribute(CharTermAttribute.class);
        offset = tokenizer.addAttribute(OffsetAttribute.class);
        baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
        pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        reading = tokenizer.addAttribute(ReadingAttribute.class);
    }

    /** Feeds every morpheme of {@code text}, in order, to {@code sink}. */
    void analyze(String text, Sink sink) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            try {
                while (tokenizer.incrementToken()) {
                    sink.morpheme(this);
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Start of the current morpheme, relative to the analysed string. */
    int start() {
        return offset.startOffset();
    }

    /** End of the current morpheme, relative to the analysed string. */
    int end() {
        return offset.endOffset();
    }

    /** Whether the current term consists only of whitespace or space separators (true when empty). */
    boolean isBlank() {
        char[] buffer = term.buffer();
        for (int i = 0, n = term.length(); i < n; i++) {
            // no supplementary code point is whitespace, so checking UTF-16 units one by one is exact
            char c = buffer[i];
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the current term equals {@code s}. */
    boolean termEquals(String s) {
        int n = term.length();
        if (s.length() != n) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < n; i++) {
            if (buffer[i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current term (the analysed text of the morpheme). */
    String term() {
        return term.toString();
    }

    /** The dictionary base form, or {@code null} when it is the term itself or unknown. */
    String baseForm() {
        return baseForm.getBaseForm();
    }

    /** IPADIC's feature path, e.g. 名詞-固有名詞-地域-国, or {@code null}. */
    String pos() {
        return pos.getPartOfSpeech();
    }

    /** Katakana reading, or {@code null} for unknown words. */
    String reading() {
        return reading.getReading();
    }
}
