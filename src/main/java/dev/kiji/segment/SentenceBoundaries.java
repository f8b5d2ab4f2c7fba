package dev.kiji.segment;

import dev.kiji.doc.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence boundaries for Japanese (and, roughly, any text CoreNLP does not handle).
 *
 * <p>A sentence ends after a run of 。．！？!? together with the closing brackets and quotes that
 * follow it (。」), at every line break, and after a balanced closing bracket that directly follows
 * sentence-final punctuation when whitespace or a new opening bracket comes next (「…。」「…」).
 * Punctuation inside a balanced 「」『』（）() pair does not end a sentence (see
 * {@link BracketMatcher}). ASCII '.' ends a sentence only when it does not look like a decimal
 * point, an initial or a common abbreviation. Spans exclude surrounding whitespace; whitespace-only
 * stretches yield no sentence. Linear in the text length.
 */
public final class SentenceBoundaries {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "no", "vs", "gen", "gov", "sen", "rep", "lt", "col", "capt", "inc", "corp", "ltd", "co");

    private SentenceBoundaries() {
    }

    /** Sentence spans of {@code text}, in order, non-overlapping, in {@code text}'s own offsets. */
    public static List<CharSpan> find(CharSequence text) {
        boolean[] inside = BracketMatcher.insidePairs(text);
        List<CharSpan> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (TextChars.isLineBreak(c)) {
                add(out, text, start, i);
                start = -1;
                i++;
                continue;
            }
            if (start < 0 && !TextChars.isSpace(c)) {
                start = i;
            }
            boolean finalRun = !inside[i] && (TextChars.isTerminator(c) || closesAfterTerminator(text, inside, i));
            if (!finalRun) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !TextChars.isLineBreak(text.charAt(j))
                    && (TextChars.isTerminator(text.charAt(j)) || TextChars.isTrailingCloser(text.charAt(j)))) {
                j++;
            }
            if (endsHere(text, i, j, TextChars.isTerminator(c))) {
                add(out, text, start, j);
                start = -1;
            }
            i = j;
        }
        add(out, text, start, n);
        return out;
    }

    /** A closing bracket at depth 0 whose pair ends with sentence-final punctuation: 「…。」. */
    private static boolean closesAfterTerminator(CharSequence text, boolean[] inside, int i) {
        return TextChars.closerIndex(text.charAt(i)) >= 0 && i > 0 && inside[i - 1]
                && TextChars.isTerminator(text.charAt(i - 1));
    }

    /** Decides whether the final run {@code [from, to)} ends the sentence. */
    private static boolean endsHere(CharSequence text, int from, int to, boolean startsWithTerminator) {
        int n = text.length();
        if (to >= n) {
            return true;
        }
        char next = text.charAt(to);
        if (!startsWithTerminator) {
            // 「…。」 followed by more of the same sentence (「…。」と述べた) does not end it
            return TextChars.isSpace(next) || TextChars.openerIndex(next) >= 0;
        }
        if (!onlyAsciiDots(text, from, to)) {
            return true;
        }
        if (isAsciiLetterOrDigit(next)) {
            return false; // 3.5, example.com, U.S.A
        }
        if (TextChars.isSpace(next)) {
            int k = to;
            while (k < n && TextChars.isSpace(text.charAt(k)) && !TextChars.isLineBreak(text.charAt(k))) {
                k++;
            }
            if (k < n && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
                return false; // "approx. five": a lower-case continuation
            }
        }
        return !isInitialOrAbbreviation(text, from);
    }

    private static boolean onlyAsciiDots(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (TextChars.isTerminator(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isInitialOrAbbreviation(CharSequence text, int dot) {
        int k = dot;
        while (k > 0 && isAsciiLetter(text.charAt(k - 1))) {
            k--;
        }
        int len = dot - k;
        if (len == 0) {
            return false;
        }
        if (len == 1 && Character.isUpperCase(text.charAt(k))) {
            return true; // J. Smith, U.S. officials
        }
        return len <= 4 && ABBREVIATIONS.contains(text.subSequence(k, dot).toString().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static void add(List<CharSpan> out, CharSequence text, int start, int end) {
        if (start < 0) {
            return;
        }
        int e = end;
        while (e > start && TextChars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new CharSpan(start, e));
        }
    }
}
