package dev.kiji.segment;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds balanced bracket pairs (「」『』（）() and kin) that a sentence must not be split inside.
 *
 * <p>A pair only counts when it closes on the same line and within {@link #MAX_SPAN} characters,
 * so a stray opening bracket cannot swallow the rest of an article. Linear time: every opener is
 * pushed and popped at most once and a closer looks at most {@link #MAX_LOOKBACK} openers down.
 */
final class BracketMatcher {
    static final int MAX_SPAN = 500;
    private static final int MAX_LOOKBACK = 16;

    private BracketMatcher() {
    }

    /** {@code result[i]} is true when position {@code i} lies strictly inside a balanced pair. */
    static boolean[] insidePairs(CharSequence text) {
        int n = text.length();
        int[] diff = new int[n + 1];
        Deque<int[]> open = new ArrayDeque<>(); // {position, kind}; last pushed at the head
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (TextChars.isLineBreak(c)) {
                open.clear();
                continue;
            }
            while (!open.isEmpty() && i - open.peekLast()[0] > MAX_SPAN) {
                open.removeLast();
            }
            int kind = TextChars.openerIndex(c);
            if (kind >= 0) {
                open.push(new int[] {i, kind});
                continue;
            }
            kind = TextChars.closerIndex(c);
            if (kind >= 0) {
                close(open, kind, i, diff);
            }
        }
        boolean[] inside = new boolean[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            depth += diff[i];
            inside[i] = depth > 0;
        }
        return inside;
    }

    private static void close(Deque<int[]> open, int kind, int at, int[] diff) {
        int k = 0;
        for (int[] o : open) {
            if (k++ >= MAX_LOOKBACK) {
                return;
            }
            if (o[1] == kind) {
                int[] top;
                do {
                    top = open.pop(); // openers above the match are left unbalanced
                } while (top != o);
                diff[o[0] + 1]++;
                diff[at]--;
                return;
            }
        }
    }
}
