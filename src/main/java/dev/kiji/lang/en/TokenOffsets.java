package dev.kiji.lang.en;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which token starts and which ends at a character offset, so a rule can find a mention's first and last token. */
final class TokenOffsets {
    private final Map<Integer, Integer> starting = new HashMap<>();
    private final Map<Integer, Integer> ending = new HashMap<>();

    TokenOffsets(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            starting.put(tokens.get(i).beginPosition(), i);
            ending.put(tokens.get(i).endPosition(), i);
        }
    }

    /** Index of the token that begins at {@code offset}, or {@code null}. */
    Integer startingAt(int offset) {
        return starting.get(offset);
    }

    /** Index of the token that ends at {@code offset}, or {@code null}. */
    Integer endingAt(int offset) {
        return ending.get(offset);
    }
}
