package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.text.Normalizer;
import java.util.ArrayList;
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
        StringBuilder sb = new StringBuilder();
        List<int[]> chars = new ArrayList<>(); // {origStart, origEnd, token}
        List<String> surf = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        List<Boolean> unknown = new ArrayList<>();
        List<int[]> tokRange = new ArrayList<>();
        int prevEnd = tokens.isEmpty() ? 0 : tokens.get(0).span().start();
        for (Token t : tokens) {
            int s = t.span().start();
            if (s > prevEnd && addPiece(original, prevEnd, s, GAP_POS, sb, chars, surf, pos, tokRange)) {
                unknown.add(false);
            }
            if (addPiece(original, s, t.span().end(), t.pos(), sb, chars, surf, pos, tokRange)) {
                unknown.add(t.reading() == null);
            }
            prevEnd = Math.max(prevEnd, t.span().end());
        }
        int n = sb.length();
        int[] os = new int[n];
        int[] oe = new int[n];
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            os[i] = chars.get(i)[0];
            oe[i] = chars.get(i)[1];
            to[i] = chars.get(i)[2];
        }
        int m = tokRange.size();
        int[] ts = new int[m];
        int[] te = new int[m];
        for (int i = 0; i < m; i++) {
            ts[i] = tokRange.get(i)[0];
            te[i] = tokRange.get(i)[1];
        }
        boolean[] unk = new boolean[m];
        for (int i = 0; i < m; i++) unk[i] = unknown.get(i);
        return new CharView(sb.toString(), os, oe, to, ts, te, surf.toArray(String[]::new), pos.toArray(String[]::new),
                unk);
    }

    private static boolean addPiece(String original, int s, int e, String p, StringBuilder sb, List<int[]> chars,
            List<String> surf, List<String> pos, List<int[]> tokRange) {
        String raw = original.substring(s, e);
        String norm = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (norm.isEmpty()) return false;
        int tok = tokRange.size();
        int from = sb.length();
        sb.append(norm);
        boolean aligned = norm.length() == raw.length();
        for (int k = 0; k < norm.length(); k++) {
            int cs = aligned ? s + k : (k == 0 ? s : e);
            int ce = aligned ? s + k + 1 : e;
            chars.add(new int[] {Math.min(cs, ce), ce, tok});
        }
        tokRange.add(new int[] {from, sb.length()});
        surf.add(norm);
        pos.add(p);
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
