package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * BIOES label coding over {@link NerClass}: label 0 is O; for class ordinal k, {@code 1 + 4k} is
 * B-k, {@code 2 + 4k} I-k, {@code 3 + 4k} E-k (last of several) and {@code 4 + 4k} S-k (single).
 * Explicit end labels let the tagger tie suffixes such as 株式会社 or 駅 to the end of a name.
 */
final class Bio {
    static final int NUM_LABELS = 1 + 4 * NerClass.values().length;
    private static final int B = 0;
    private static final int I = 1;
    private static final int E = 2;
    private static final int S = 3;

    private Bio() {
    }

    private static int kind(int label) { return (label - 1) % 4; }
    static NerClass classOf(int label) { return NerClass.values()[(label - 1) / 4]; }
    private static int label(NerClass c, int kind) { return 1 + 4 * c.ordinal() + kind; }

    /** Whether {@code to} may follow {@code from} (-1 = sentence start). */
    static boolean allowed(int from, int to) {
        boolean fromOpen = from > 0 && (kind(from) == B || kind(from) == I);
        boolean continues = to > 0 && (kind(to) == I || kind(to) == E);
        if (continues) return fromOpen && classOf(from) == classOf(to);
        return !fromOpen;
    }

    /** Whether {@code to} continues the mention opened by {@code from}, or both are O (no boundary between them). */
    static boolean noBoundary(int from, int to) {
        if (from == 0) return to == 0;
        return to > 0 && (kind(from) == B || kind(from) == I) && (kind(to) == I || kind(to) == E)
                && classOf(from) == classOf(to);
    }

    /** Whether a sequence may end with {@code label}. */
    static boolean allowedEnd(int label) {
        return label == 0 || kind(label) == E || kind(label) == S;
    }

    static String name(int label) {
        return label == 0 ? "O" : "BIES".charAt(kind(label)) + "-" + classOf(label).name();
    }

    /** Labels for spans over a sequence of length n (spans must not overlap). */
    static int[] encode(int n, List<Span> spans) {
        int[] y = new int[n];
        for (Span s : spans) {
            if (s.end() - s.start() == 1) {
                y[s.start()] = label(s.type(), S);
                continue;
            }
            y[s.start()] = label(s.type(), B);
            for (int i = s.start() + 1; i < s.end() - 1; i++) y[i] = label(s.type(), I);
            y[s.end() - 1] = label(s.type(), E);
        }
        return y;
    }

    /** Spans of a label sequence; malformed runs are closed at the first label that cannot continue them. */
    static List<Span> decode(int[] y) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < y.length) {
            if (y[i] == 0) {
                i++;
                continue;
            }
            NerClass c = classOf(y[i]);
            int j = i + 1;
            if (kind(y[i]) != S && kind(y[i]) != E) {
                while (j < y.length && y[j] != 0 && classOf(y[j]) == c && (kind(y[j]) == I || kind(y[j]) == E)) {
                    j++;
                    if (kind(y[j - 1]) == E) break;
                }
            }
            out.add(new Span(i, j, c));
            i = j;
        }
        return out;
    }
}
