package dev.kiji.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Learns the weights of span classifiers ({@link SpanTyper}, {@link SpanFilter}) from labelled feature vectors. */
final class SpanTyperTrainer {

    /** One training span: its feature hashes and its label (output index). */
    record Example(int[] features, int label) {
    }

    private SpanTyperTrainer() {
    }

    /** Averaged multiclass perceptron, {@code epochs} shuffled passes; weights that average to ~0 are dropped. */
    static LinearRows perceptron(List<Example> data, int width, int epochs, long seed) {
        int n = width;
        Map<Integer, float[]> w = new HashMap<>();
        Map<Integer, double[]> u = new HashMap<>();
        int[] order = PerceptronTrainer.identity(data.size());
        Random rnd = new Random(seed);
        long c = 1;
        for (int e = 0; e < epochs; e++) {
            PerceptronTrainer.shuffle(order, rnd);
            for (int idx : order) {
                int[] f = data.get(idx).features();
                float[] s = new float[n];
                for (int h : f) {
                    float[] r = w.get(h);
                    if (r != null) for (int k = 0; k < n; k++) s[k] += r[k];
                }
                int gold = data.get(idx).label();
                int pred = SpanTyper.argmax(s);
                if (pred != gold) {
                    for (int h : f) {
                        float[] r = w.computeIfAbsent(h, x -> new float[n]);
                        double[] acc = u.computeIfAbsent(h, x -> new double[n]);
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
            float[] r = new float[n];
            double[] acc = u.get(e.getKey());
            boolean any = false;
            for (int k = 0; k < n; k++) {
                r[k] = (float) (e.getValue()[k] - acc[k] / c);
                any |= Math.abs(r[k]) > 1e-4;
            }
            if (any) avg.put(e.getKey(), r);
        }
        return new LinearRows(width, avg);
    }

    /**
     * Multinomial logistic regression: {@code epochs} shuffled passes of AdaGrad (step {@code eta}) on
     * the log-likelihood with an L2 penalty {@code l2} per example on the touched rows.
     */
    static LinearRows logistic(List<Example> data, int width, int epochs, double eta, double l2, long seed) {
        int n = width;
        Map<Integer, double[]> w = new HashMap<>();
        Map<Integer, double[]> g2 = new HashMap<>();
        int[] order = PerceptronTrainer.identity(data.size());
        Random rnd = new Random(seed);
        double[] p = new double[n];
        for (int e = 0; e < epochs; e++) {
            PerceptronTrainer.shuffle(order, rnd);
            for (int idx : order) {
                int[] f = data.get(idx).features();
                java.util.Arrays.fill(p, 0);
                for (int h : f) {
                    double[] r = w.get(h);
                    if (r != null) for (int k = 0; k < n; k++) p[k] += r[k];
                }
                softmax(p);
                int gold = data.get(idx).label();
                for (int h : f) {
                    double[] r = w.computeIfAbsent(h, x -> new double[n]);
                    double[] a = g2.computeIfAbsent(h, x -> new double[n]);
                    for (int k = 0; k < n; k++) {
                        double g = p[k] - (k == gold ? 1 : 0) + l2 * r[k];
                        a[k] += g * g;
                        if (a[k] > 0) r[k] -= eta * g / Math.sqrt(a[k]);
                    }
                }
            }
        }
        Map<Integer, float[]> out = new HashMap<>();
        for (Map.Entry<Integer, double[]> e : w.entrySet()) {
            float[] r = new float[n];
            boolean any = false;
            for (int k = 0; k < n; k++) {
                r[k] = (float) e.getValue()[k];
                any |= Math.abs(r[k]) > 1e-4;
            }
            if (any) out.put(e.getKey(), r);
        }
        return new LinearRows(width, out);
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
