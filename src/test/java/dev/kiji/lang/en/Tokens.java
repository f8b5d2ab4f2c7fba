package dev.kiji.lang.en;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Builds CoreNLP tokens by hand for tests that do not need the models. */
final class Tokens {
    private Tokens() {
    }

    /**
     * Whitespace-separated words of {@code text}, each {@code word/TAG} or plain {@code word} (tag NNP); a word written
     * {@code ^word} follows the one before it without a space (a comma: {@code Rivers ^,/,}).
     */
    static List<CoreLabel> of(String tagged, StringBuilder text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String spaced : tagged.split(" ")) {
            boolean glued = spaced.startsWith("^");
            String item = glued ? spaced.substring(1) : spaced;
            int slash = item.lastIndexOf('/');
            String word = slash > 0 ? item.substring(0, slash) : item;
            String tag = slash > 0 ? item.substring(slash + 1) : "NNP";
            if (text.length() > 0 && !glued) {
                text.append(' ');
            }
            CoreLabel t = new CoreLabel();
            t.setWord(word);
            t.setValue(word);
            t.setOriginalText(word);
            t.setTag(tag);
            t.setBeginPosition(text.length());
            text.append(word);
            t.setEndPosition(text.length());
            out.add(t);
        }
        return out;
    }
}
