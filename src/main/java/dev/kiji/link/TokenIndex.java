package dev.kiji.link;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;

/** Tokens sorted by start, for finding the tokens inside a span by binary search. */
final class TokenIndex {
    private final List<Token> tokens;

    TokenIndex(List<Token> tokens) {
        this.tokens = tokens == null ? List.of() : tokens;
    }

    /** The first token starting at or after {@code from}, or {@code null}. */
    Token next(int from) {
        int lo = lowerBound(from);
        return lo < tokens.size() ? tokens.get(lo) : null;
    }

    private int lowerBound(int from) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Tokens lying entirely inside {@code [from, to)}, in order. */
    List<Token> within(int from, int to) {
        int lo = lowerBound(from);
        List<Token> out = new ArrayList<>();
        for (int i = lo; i < tokens.size() && tokens.get(i).span().end() <= to; i++) {
            out.add(tokens.get(i));
        }
        return out;
    }
}
