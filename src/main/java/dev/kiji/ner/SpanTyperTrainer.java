package dev.kiji.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Learns {@link SpanTyper} weights from feature vectors of spans with their gold classes. */
final class SpanTyperTrainer {
    private static final int K = NerClass.values().length;

    /** One training span: its feature hashes and gold class. */
    record Example(int[] features, NerClass gold) {
    }

    private SpanTyperTrainer() {
    }

    /** Averaged multiclass perceptron, {@code epochs} shuffled passes; weights that average to ~0 are dropped. */
    static Map<Integer, float[]> perceptron(List<Example> data, int epochs, long seed) {
        Map<Integer, float[]> w = new HashMap<>();
        Map<Integer, double[]> u = new HashMap<>();
        int[] order = PerceptronTrainer.identity(data.size());
        Random rnd = new Random(seed);
        long c = 1;
        for (int e = 0; e < epochs; e++) {
            PerceptronTrainer.shuffle(order, rnd);
            for (int idx : order) {
                int[] f = data.get(idx).features();
                float[] s = new float[K];
                for (int h : f) {
                    float[] r = w.get(h);
                    if (r != null) for (int k = 0; k < K; k++) s[k] += r[k];
                }
                int gold = data.get(idx).gold().ordinal();
                int pred = SpanTyper.argmax(s);
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
        return avg;
    }

    /**
     * Multinomial logistic regression: {@code epochs} shuffled passes of AdaGrad (step {@code eta}) on
     * the log-likelihood with an L2 penalty {@code l2} per example on the touched rows.
     */
    static Map<Integer, float[]> logistic(List<Example> data, int epochs, double eta, double l2, long seed) {
        Map<Integer, double[]> w = new HashMap<>();
        Map<Integer, double[]> g2 = new HashMap<>();
        int[] order = PerceptronTrainer.identity(data.size());
        Random rnd = new Random(seed);
        double[] p = new double[K];
        for (int e = 0; e < epochs; e++) {
            PerceptronTrainer.shuffle(order, rnd);
            for (int idx : order) {
                int[] f = data.get(idx).features();
                java.util.Arrays.fill(p, 0);
                for (int h : f) {
                    double[] r = w.get(h);
                    if (r != null) for (int k = 0; k < K; k++) p[k] += r[k];
                }
                softmax(p);
                int gold = data.get(idx).gold().ordinal();
                for (int h : f) {
                    double[] r = w.computeIfAbsent(h, x -> new double[K]);
                    double[] a = g2.computeIfAbsent(h, x -> new double[K]);
                    for (int k = 0; k < K; k++) {
                        double g = p[k] - (k == gold ? 1 : 0) + l2 * r[k];
                        a[k] += g * g;
                        if (a[k] > 0) r[k] -= eta * g / Math.sqrt(a[k]);
                    }
                }
            }
        }
        Map<Integer, float[]> out = new HashMap<>();
        for (Map.Entry<Integer, double[]> e : w.entrySet()) {
            float[] r = new float[K];
            boolean any = false;
            for (int k = 0; k < K; k++) {
                r[k] = (float) e.getValue()[k];
                any |= Math.abs(r[k]) > 1e-4;
            }
            if (any) out.put(e.getKey(), r);
        }
        return out;
    }

    /** In place: scores → probabilities. */
    static void softmax(double[] s) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : s) m = Math.max(m, x);
        double z = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = Math.exp(s[k] - m);
            z += s[k];
        }
        for (int k = 0; k < s.length; k++) s[k] /= z;
    }
}
