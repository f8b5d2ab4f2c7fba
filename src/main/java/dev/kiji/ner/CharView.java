package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The NFKC character view of a run of tokens that the tagger labels character by character, with
 * each character mapped back to its range in the original text. Text between tokens (if any)
 * becomes a pseudo-token with part of speech {@code GAP}.
 */
final class CharView {
    static final String GAP_POS = "GAP";

    final String text;
    final int[] origStart;
    final int[] origEnd;
    /** Token index of every character. */
    final int[] tokenOf;
    final int[] tokStart;
    final int[] tokEnd;
    final String[] tokSurface;
    final String[] tokPos;
    /** Whether Kuromoji had no dictionary entry (no reading) for the token. */
    final boolean[] tokUnknown;

    private CharView(String text, int[] origStart, int[] origEnd, int[] tokenOf, int[] tokStart, int[] tokEnd,
            String[] tokSurface, String[] tokPos, boolean[] tokUnknown) {
        this.tokUnknown = tokUnknown;
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
        this.tokenOf = tokenOf;
        this.tokStart = tokStart;
        this.tokEnd = tokEnd;
        this.tokSurface = tokSurface;
        this.tokPos = tokPos;
    }

    int length() {
        return text.length();
    }

    int tokenCount() {
        return tokStart.length;
    }

    /** Builds the view of {@code tokens} (spans into {@code original}, in order, non-overlapping). */
    static CharView of(String original, List<Token> tokens) {
        Builder b = new Builder(original, tokens.size());
        int prevEnd = tokens.isEmpty() ? 0 : tokens.get(0).span().start();
        for (Token t : tokens) {
            int s = t.span().start();
            if (s > prevEnd) b.addPiece(prevEnd, s, GAP_POS, false);
            b.addPiece(s, t.span().end(), t.pos(), t.reading() == null);
            prevEnd = Math.max(prevEnd, t.span().end());
        }
        return b.build();
    }

    /** Accumulates pieces (tokens and gaps) into growable parallel arrays. */
    private static final class Builder {
        private final String original;
        private final StringBuilder sb = new StringBuilder();
        private int[] os = new int[64];
        private int[] oe = new int[64];
        private int[] to = new int[64];
        private final List<String> surf;
        private final List<String> pos;
        private boolean[] unknown;
        private int[] ts;
        private int[] te;
        private int m;

        Builder(String original, int expectedTokens) {
            this.original = original;
            int cap = Math.max(4, expectedTokens + 1);
            surf = new ArrayList<>(cap);
            pos = new ArrayList<>(cap);
            unknown = new boolean[cap];
            ts = new int[cap];
            te = new int[cap];
        }

        /** Adds the NFKC form of {@code original[s, e)} as one piece, unless it normalizes to nothing. */
        void addPiece(int s, int e, String p, boolean unk) {
            String raw = original.substring(s, e);
            String norm = nfkcStable(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
            if (norm.isEmpty()) return;
            int from = sb.length();
            sb.append(norm);
            boolean aligned = norm.length() == raw.length();
            int n = sb.length();
            if (n > os.length) {
                int cap = Math.max(n, os.length * 2);
                os = Arrays.copyOf(os, cap);
                oe = Arrays.copyOf(oe, cap);
                to = Arrays.copyOf(to, cap);
            }
            for (int k = 0; k < norm.length(); k++) {
                int cs = aligned ? s + k : (k == 0 ? s : e);
                int ce = aligned ? s + k + 1 : e;
                os[from + k] = Math.min(cs, ce);
                oe[from + k] = ce;
                to[from + k] = m;
            }
            if (m == ts.length) {
                ts = Arrays.copyOf(ts, m * 2);
                te = Arrays.copyOf(te, m * 2);
                unknown = Arrays.copyOf(unknown, m * 2);
            }
            ts[m] = from;
            te[m] = n;
            unknown[m] = unk;
            surf.add(norm);
            pos.add(p);
            m++;
        }

        CharView build() {
            int n = sb.length();
            return new CharView(sb.toString(), Arrays.copyOf(os, n), Arrays.copyOf(oe, n), Arrays.copyOf(to, n),
                    Arrays.copyOf(ts, m), Arrays.copyOf(te, m), surf.toArray(String[]::new),
                    pos.toArray(String[]::new), Arrays.copyOf(unknown, m));
        }
    }

    /**
     * Whether NFKC leaves {@code s} unchanged for certain, judged from its characters alone: ASCII
     * letters, digits and most punctuation, hiragana, katakana, the prolonged sound mark, common
     * CJK ideographs and Japanese brackets and stops (a conservative subset; anything else goes
     * through {@link Normalizer}).
     */
    static boolean nfkcStable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean stable = (c >= 0x20 && c <= 0x7E)
                    || (c >= 0x3041 && c <= 0x3096) // hiragana
                    || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC // katakana, ー
                    || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
                    || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3005 && c <= 0x3007) || (c >= 0x3008 && c <= 0x3011);
            if (!stable) return false;
        }
        return true;
    }

    /** Original-text range of view characters {@code [start, end)}. */
    int originalStart(int start) {
        return origStart[start];
    }

    int originalEnd(int end) {
        return origEnd[end - 1];
    }
}
