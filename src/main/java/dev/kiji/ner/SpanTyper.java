package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Second-stage classifier that re-decides the class of a found span from whole-span evidence the
 * character tagger cannot see at once: the full string, its last characters and head token, the
 * words around it, ENAMDICT's classes for the exact string and (from format 2 on) the tagger's own
 * score gaps between the classes. A linear multiclass model over {@link SpanFeatures}; its class
 * replaces the tagger's when its score leads the tagger's class by more than {@link #margin()}.
 * Immutable and thread-safe.
 */
final class SpanTyper {
    private static final int K = NerClass.values().length;
    /** Format of the typer block written by {@link #write}. */
    static final int FORMAT = 2;
    /** The margin of the first typer (model version 3, chosen on dev then). */
    static final float LEGACY_MARGIN = 8f;

    private final int groups;
    private final float margin;
    /** Feature hash → weight row, sorted by hash (so writing is deterministic). */
    private final TreeMap<Integer, float[]> weights;
    /** The same weights for lookup without boxing: feature hash → row index into {@link #rows}. */
    private final IntIntMap index;
    private final float[][] rows;
    private final NameDictionary dictionary;

    SpanTyper(int groups, float margin, Map<Integer, float[]> weights, NameDictionary dictionary) {
        this.groups = groups;
        this.margin = margin;
        this.weights = new TreeMap<>(weights);
        this.dictionary = dictionary;
        this.index = new IntIntMap(weights.size());
        this.rows = new float[weights.size()][];
        int r = 0;
        for (Map.Entry<Integer, float[]> e : this.weights.entrySet()) {
            index.put(e.getKey(), r);
            rows[r++] = e.getValue();
        }
    }

    private SpanTyper(SpanTyper t, float margin, NameDictionary dictionary) {
        this.groups = t.groups;
        this.margin = margin;
        this.weights = t.weights;
        this.index = t.index;
        this.rows = t.rows;
        this.dictionary = dictionary;
    }

    int groups() {
        return groups;
    }

    float margin() {
        return margin;
    }

    int size() {
        return rows.length;
    }

    SpanTyper withDictionary(NameDictionary d) {
        return new SpanTyper(this, margin, d);
    }

    SpanTyper withMargin(float m) {
        return new SpanTyper(this, m, dictionary);
    }

    /** What the typer sees of span {@code s} of a decoded sentence (tagger gaps only when the typer uses them). */
    SpanFeatures.Context context(NerTagger.Decoded d, Span s) {
        float[] gaps = (groups & SpanFeatures.TAGGER) == 0 ? null
                : SpanScores.gaps(SpanScores.of(d, s.start(), s.end()));
        return new SpanFeatures.Context(d.view(), s.start(), s.end(), s.type(), gaps, d.spans());
    }

    /** The sentence's spans with their classes re-decided. */
    List<Span> retype(NerTagger.Decoded d) {
        List<Span> out = new ArrayList<>(d.spans().size());
        for (Span s : d.spans()) out.add(new Span(s.start(), s.end(), decide(context(d, s))));
        return out;
    }

    /** Scores per class (by ordinal). */
    float[] scores(SpanFeatures.Context c) {
        return scores(SpanFeatures.extract(groups, c, dictionary));
    }

    float[] scores(int[] features) {
        float[] s = new float[K];
        for (int h : features) {
            int r = index.get(h);
            if (r < 0) continue;
            float[] w = rows[r];
            for (int k = 0; k < K; k++) s[k] += w[k];
        }
        return s;
    }

    /** The typer's class if its score leads the tagger's class by more than the margin, else the tagger's. */
    NerClass decide(SpanFeatures.Context c) {
        return decide(scores(c), c.tagged(), margin);
    }

    static NerClass decide(float[] sc, NerClass tagged, float margin) {
        int best = argmax(sc);
        return sc[best] - sc[tagged.ordinal()] > margin ? NerClass.values()[best] : tagged;
    }

    /** The typer's best class regardless of the tagger. */
    NerClass classify(SpanFeatures.Context c) {
        return NerClass.values()[argmax(scores(c))];
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
        writeRows(out);
    }

    private void writeRows(DataOutputStream out) throws IOException {
        out.writeInt(weights.size());
        for (Map.Entry<Integer, float[]> e : weights.entrySet()) {
            out.writeInt(e.getKey());
            for (float x : e.getValue()) out.writeFloat(x);
        }
    }

    /** Reads a typer written by {@link #write} ({@code legacy}: the bare rows of model version 3). */
    static SpanTyper read(DataInputStream in, boolean legacy) throws IOException {
        int groups = SpanFeatures.LEGACY;
        float margin = LEGACY_MARGIN;
        if (!legacy) {
            int format = in.readInt();
            if (format != FORMAT) throw new IOException("unsupported span typer format " + format);
            groups = in.readInt();
            margin = in.readFloat();
        }
        int n = in.readInt();
        if (n < 0) throw new IOException("corrupt span typer: " + n + " rows");
        Map<Integer, float[]> w = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int k = in.readInt();
            float[] r = new float[K];
            for (int j = 0; j < K; j++) r[j] = in.readFloat();
            w.put(k, r);
        }
        return new SpanTyper(groups, margin, w, null);
    }
}
