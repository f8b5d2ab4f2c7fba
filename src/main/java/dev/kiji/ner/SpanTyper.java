package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Second-stage classifier that re-decides the class of a found span from whole-span evidence the
 * character tagger cannot see at once: the full string, its last characters and head token, the
 * words around it, and ENAMDICT's classes for the exact string. Averaged multiclass perceptron.
 */
final class SpanTyper {
    private static final int K = NerClass.values().length;
    /** The typer overrides the tagger only when its best class beats the tagger's by this margin (chosen on dev). */
    static final float MARGIN = 8f;
    static final int EPOCHS = 10;
    private final Map<Integer, float[]> weights;
    /** The same weights for lookup without boxing: feature hash → row index into {@link #rows}. */
    private final IntIntMap index;
    private final float[][] rows;
    private final NameDictionary dictionary;

    private SpanTyper(Map<Integer, float[]> weights, NameDictionary dictionary) {
        this.weights = weights;
        this.dictionary = dictionary;
        this.index = new IntIntMap(weights.size());
        this.rows = new float[weights.size()][];
        int r = 0;
        for (Map.Entry<Integer, float[]> e : weights.entrySet()) {
            index.put(e.getKey(), r);
            rows[r++] = e.getValue();
        }
    }

    private SpanTyper(SpanTyper t, NameDictionary dictionary) {
        this.weights = t.weights;
        this.index = t.index;
        this.rows = t.rows;
        this.dictionary = dictionary;
    }

    /** Scores per class for span {@code [a, b)} of the view. */
    float[] scores(CharView v, int a, int b) {
        float[] s = new float[K];
        for (int h : features(v, a, b, dictionary)) {
            int r = index.get(h);
            if (r < 0) continue;
            float[] w = rows[r];
            for (int k = 0; k < K; k++) s[k] += w[k];
        }
        return s;
    }

    /** The class of span {@code s}: the typer's choice if it is {@link #MARGIN} more confident, else the tagger's. */
    NerClass retype(CharView v, Span s) {
        float[] sc = scores(v, s.start(), s.end());
        int best = 0;
        for (int k = 1; k < K; k++) {
            if (sc[k] > sc[best]) best = k;
        }
        return sc[best] - sc[s.type().ordinal()] > MARGIN ? NerClass.values()[best] : s.type();
    }

    NerClass classify(CharView v, int a, int b) {
        float[] s = scores(v, a, b);
        int best = 0;
        for (int k = 1; k < K; k++) {
            if (s[k] > s[best]) best = k;
        }
        return NerClass.values()[best];
    }

    /** One training instance: a span of a view and its gold class. */
    record Instance(CharView view, int start, int end, NerClass gold) {
    }

    static SpanTyper train(List<Instance> data, NameDictionary dict, int epochs, long seed) {
        List<int[]> feats = new ArrayList<>();
        for (Instance in : data) feats.add(features(in.view(), in.start(), in.end(), dict));
        Map<Integer, float[]> w = new HashMap<>();
        Map<Integer, double[]> u = new HashMap<>();
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(seed);
        long c = 1;
        for (int e = 0; e < epochs; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                int[] f = feats.get(idx);
                float[] s = new float[K];
                for (int h : f) {
                    float[] r = w.get(h);
                    if (r != null) for (int k = 0; k < K; k++) s[k] += r[k];
                }
                int gold = data.get(idx).gold().ordinal();
                int pred = 0;
                for (int k = 1; k < K; k++) if (s[k] > s[pred]) pred = k;
                if (pred != gold) {
                    for (int h : f) {
                        float[] r = w.computeIfAbsent(h, x -> new float[K]);
                        double[] acc = u.computeIfAbsent(h, x -> new double[K]);
                        r[gold] += 1;
                        r[pred] -= 1;
                        acc[gold] += c;
                        acc[pred] -= c;
                    }
                }
                c++;
            }
        }
        Map<Integer, float[]> avg = new HashMap<>();
        for (Map.Entry<Integer, float[]> e : w.entrySet()) {
            float[] r = new float[K];
            double[] acc = u.get(e.getKey());
            boolean any = false;
            for (int k = 0; k < K; k++) {
                r[k] = (float) (e.getValue()[k] - acc[k] / c);
                any |= Math.abs(r[k]) > 1e-4;
            }
            if (any) avg.put(e.getKey(), r);
        }
        return new SpanTyper(avg, dict);
    }

    SpanTyper withDictionary(NameDictionary d) {
        return new SpanTyper(this, d);
    }

    void write(DataOutputStream out) throws IOException {
        List<Integer> keys = new ArrayList<>(weights.keySet());
        keys.sort(null);
        out.writeInt(keys.size());
        for (int k : keys) {
            out.writeInt(k);
            for (float x : weights.get(k)) out.writeFloat(x);
        }
    }

    static SpanTyper read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<Integer, float[]> w = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            int k = in.readInt();
            float[] r = new float[K];
            for (int j = 0; j < K; j++) r[j] = in.readFloat();
            w.put(k, r);
        }
        return new SpanTyper(w, null);
    }

    static int[] features(CharView v, int a, int b, NameDictionary dict) {
        String t = v.text;
        String span = t.substring(a, b);
        List<Integer> f = new ArrayList<>();
        add(f, 1, 0);
        add(f, 2, FeatureExtractor.str(span));
        add(f, 3, t.charAt(b - 1));
        if (b - a >= 2) add(f, 4, FeatureExtractor.str(t.substring(b - 2, b)));
        if (b - a >= 3) add(f, 5, FeatureExtractor.str(t.substring(b - 3, b)));
        add(f, 6, t.charAt(a));
        if (b - a >= 2) add(f, 7, FeatureExtractor.str(t.substring(a, a + 2)));
        add(f, 8, Math.min(b - a, 12));
        add(f, 9, CharClass.shape(span));
        add(f, 10, a > 0 ? t.charAt(a - 1) : 1);
        add(f, 11, a > 1 ? FeatureExtractor.str(t.substring(a - 2, a)) : 1);
        add(f, 12, b < t.length() ? t.charAt(b) : 2);
        add(f, 13, b + 1 < t.length() ? FeatureExtractor.str(t.substring(b, b + 2)) : 2);
        int ka = v.tokenOf[a];
        int kb = v.tokenOf[b - 1];
        add(f, 14, FeatureExtractor.str(v.tokSurface[kb]));
        add(f, 15, FeatureExtractor.str(v.tokPos[kb]));
        add(f, 16, FeatureExtractor.str(v.tokSurface[ka]));
        add(f, 17, ka > 0 ? FeatureExtractor.str(v.tokSurface[ka - 1]) : 1);
        add(f, 18, ka > 1 ? FeatureExtractor.str(v.tokSurface[ka - 2]) : 1);
        int m = v.tokenCount();
        add(f, 19, kb + 1 < m ? FeatureExtractor.str(v.tokSurface[kb + 1]) : 2);
        add(f, 20, kb + 2 < m ? FeatureExtractor.str(v.tokSurface[kb + 2]) : 2);
        add(f, 21, kb + 1 < m ? FeatureExtractor.str(v.tokPos[kb + 1]) : 2);
        for (int k = ka; k <= kb; k++) add(f, 22, FeatureExtractor.str(v.tokSurface[k]));
        if (kb + 2 < m) add(f, 23, FeatureExtractor.str(v.tokSurface[kb + 1] + v.tokSurface[kb + 2]));
        for (int k = Math.max(0, ka - 5); k < ka; k++) add(f, 27, FeatureExtractor.str(v.tokSurface[k]));
        for (int k = kb + 1; k < Math.min(m, kb + 6); k++) add(f, 28, FeatureExtractor.str(v.tokSurface[k]));
        if (dict != null) {
            dict.lookup(span).ifPresent(e -> e.types().forEach(nt -> add(f, 24, nt.ordinal())));
            for (var nm : dict.longestMatches(span)) {
                if (nm.end() - nm.start() >= 2) nm.entry().types().forEach(nt -> add(f, 25, nt.ordinal()));
            }
        }
        int[] out = new int[f.size()];
        for (int i = 0; i < out.length; i++) out[i] = f.get(i);
        return out;
    }

    private static void add(List<Integer> f, int template, long value) {
        long x = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL + 0x5555;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        int h = (int) x;
        f.add(h == 0 ? 1 : h);
    }
}
