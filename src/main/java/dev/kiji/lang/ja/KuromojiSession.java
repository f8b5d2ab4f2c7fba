package dev.kiji.lang.ja;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
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
 */
final class KuromojiSession {
    /** One analysed morpheme; offsets are relative to the string passed to {@link #analyze}. */
    record Morpheme(int start, int end, String term, String baseForm, String pos, String reading) {
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
    void analyze(String text, Consumer<Morpheme> sink) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            try {
                while (tokenizer.incrementToken()) {
                    sink.accept(new Morpheme(offset.startOffset(), offset.endOffset(), term.toString(),
                            baseForm.getBaseForm(), pos.getPartOfSpeech(), reading.getReading()));
                }
                tokenizer.end();
            } finally {
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
