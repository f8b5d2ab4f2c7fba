package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Second-stage classifier that re-decides the class of a found span from whole-span evidence the
 * character tagger cannot see at once: the full string, its last characters and head token, the
 * words around it and in the rest of the sentence, and ENAMDICT's classes for the string and its
 * parts. A linear multiclass model over {@link SpanFeatures}; its class replaces the tagger's when
 * its score leads the tagger's class by more than {@link #margin()}. Immutable and thread-safe.
 */
final class SpanTyper {
    private static final int K = NerClass.values().length;
    /** Format of the typer block written by {@link #write}. */
    static final int FORMAT = 2;
    /** The margin of the first typer (model version 3, chosen on dev then). */
    static final float LEGACY_MARGIN = 8f;

    private final int groups;
    private final float margin;
    private final LinearRows rows;
    private final NameDictionary dictionary;

    SpanTyper(int groups, float margin, LinearRows rows, NameDictionary dictionary) {
        if (rows.width() != K) throw new IllegalArgumentException("a span typer has " + K + " outputs");
        this.groups = groups;
        this.margin = margin;
        this.rows = rows;
        this.dictionary = dictionary;
    }

    int groups() {
        return groups;
    }

    float margin() {
        return margin;
    }

    int size() {
        return rows.size();
    }

    SpanTyper withDictionary(NameDictionary d) {
        return new SpanTyper(groups, margin, rows, d);
    }

    SpanTyper withMargin(float m) {
        return new SpanTyper(groups, m, rows, dictionary);
    }

    /** {@code spans} of view {@code v} with their classes re-decided. */
    List<Span> retype(CharView v, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) out.add(new Span(s.start(), s.end(), decide(v, s)));
        return out;
    }

    /** Scores per class (by ordinal) for view characters {@code [a, b)}. */
    float[] scores(CharView v, int a, int b) {
        return rows.scores(SpanFeatures.extract(groups, v, a, b, dictionary));
    }

    float[] scores(int[] features) {
        return rows.scores(features);
    }

    /** The typer's class for span {@code s} if its score leads the span's class by more than the margin, else the span's. */
    NerClass decide(CharView v, Span s) {
        return decide(scores(v, s.start(), s.end()), s.type(), margin);
    }

    static NerClass decide(float[] sc, NerClass tagged, float margin) {
        int best = argmax(sc);
        return sc[best] - sc[tagged.ordinal()] > margin ? NerClass.values()[best] : tagged;
    }

    /** The typer's best class regardless of the tagger. */
    NerClass classify(CharView v, int a, int b) {
        return NerClass.values()[argmax(scores(v, a, b))];
    }

    static int argmax(float[] s) {
        int best = 0;
        for (int k = 1; k < s.length; k++) {
            if (s[k] > s[best]) best = k;
        }
        return best;
    }

    /** Writes format {@link #FORMAT}: format, feature groups, margin, then the rows sorted by hash. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(groups);
        out.writeFloat(margin);
        rows.write(out);
    }

    /** Reads a typer written by {@link #write} ({@code legacy}: the bare rows of model version 3). */
    static SpanTyper read(DataInputStream in, boolean legacy) throws IOException {
        if (legacy) return new SpanTyper(SpanFeatures.LEGACY, LEGACY_MARGIN, LinearRows.read(in, K), null);
        int format = in.readInt();
        if (format != FORMAT) throw new IOException("unsupported span typer format " + format);
        int groups = in.readInt();
        float margin = in.readFloat();
        return new SpanTyper(groups, margin, LinearRows.read(in, K), null);
    }
}
