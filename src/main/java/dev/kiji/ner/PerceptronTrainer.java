package dev.kiji.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) for the linear-chain tagger: Viterbi-decode each
 * example, add the gold features, subtract the predicted ones; the model keeps the average of all
 * weight vectors. Deterministic for a given seed.
 */
final class PerceptronTrainer {
    /** One training sequence: feature hashes per position and gold labels. */
    record Example(int[][] features, int[] gold) {
    }

    /** Hyper-parameters: passes over the data, minimum feature count, shuffling seed. */
    record Params(int epochs, int minCount, long seed) {
    }

    private PerceptronTrainer() {
    }

    /**
     * Trains; {@code afterEpoch} (may be null) is called with the epoch number after each pass so
     * callers can log or evaluate the averaged model of that epoch via {@link State#snapshot()}.
     */
    static NerModel train(List<Example> examples, FeatureConfig config, Gazetteer gazetteer, Params p,
            EpochListener afterEpoch) {
        int l = Bio.NUM_LABELS;
        IntIntMap counts = new IntIntMap(1 << 20);
        int[] cnt = new int[1 << 20];
        for (Example e : examples) {
            for (int[] fs : e.features) {
                for (int h : fs) {
                    int id = counts.getOrAdd(h);
                    if (id >= cnt.length) cnt = java.util.Arrays.copyOf(cnt, cnt.length * 2);
                    cnt[id]++;
                }
            }
        }
        IntIntMap ids = new IntIntMap(counts.size());
        List<int[][]> mapped = new ArrayList<>();
        IntList keys = new IntList();
        for (Example e : examples) {
            int[][] m = new int[e.features.length][];
            for (int i = 0; i < m.length; i++) {
                IntList row = new IntList();
                for (int h : e.features[i]) {
                    if (cnt[counts.get(h)] < p.minCount()) continue;
                    int before = ids.size();
                    int id = ids.getOrAdd(h);
                    if (ids.size() > before) keys.add(h);
                    row.add(id);
                }
                m[i] = row.toArray();
            }
            mapped.add(m);
        }
        State s = new State(keys.toArray(), l, config, gazetteer);
        Random rnd = new Random(p.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) s.learn(mapped.get(k), examples.get(k).gold());
            if (afterEpoch != null) afterEpoch.epochDone(epoch, s);
        }
        return s.snapshot();
    }

    /** Callback after each epoch. */
    interface EpochListener {
        void epochDone(int epoch, State state);
    }

    /** Mutable training weights with averaging accumulators. */
    static final class State {
        private final int[] keys;
        private final int l;
        private final FeatureConfig config;
        private final float[] w;
        private final double[] u;
        private final float[] tw;
        private final double[] tu;
        private final Gazetteer gazetteer;
        private long c = 1;

        State(int[] keys, int l, FeatureConfig config, Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
            this.keys = keys;
            this.l = l;
            this.config = config;
            this.w = new float[keys.length * l];
            this.u = new double[keys.length * l];
            this.tw = new float[(l + 1) * l];
            this.tu = new double[(l + 1) * l];
        }

        void learn(int[][] x, int[] gold) {
            float[][] em = new float[x.length][l];
            for (int i = 0; i < x.length; i++) {
                for (int f : x[i]) {
                    int base = f * l;
                    for (int b = 0; b < l; b++) em[i][b] += w[base + b];
                }
            }
            int[] pred = Viterbi.decode(em, tw, l);
            for (int i = 0; i < x.length; i++) {
                int prevG = i == 0 ? l : gold[i - 1];
                int prevP = i == 0 ? l : pred[i - 1];
                if (gold[i] != pred[i]) {
                    for (int f : x[i]) {
                        update(w, u, f * l + gold[i], 1);
                        update(w, u, f * l + pred[i], -1);
                    }
                }
                if (gold[i] != pred[i] || prevG != prevP) {
                    update(tw, tu, prevG * l + gold[i], 1);
                    update(tw, tu, prevP * l + pred[i], -1);
                }
            }
            c++;
        }

        private void update(float[] wt, double[] acc, int idx, float d) {
            wt[idx] += d;
            acc[idx] += c * d;
        }

        /** The averaged model at this point of training. */
        NerModel snapshot() {
            IntList fk = new IntList();
            IntList rs = new IntList();
            IntList lab = new IntList();
            List<Float> wts = new ArrayList<>();
            for (int f = 0; f < keys.length; f++) {
                int start = lab.size;
                for (int b = 0; b < l; b++) {
                    float a = (float) (w[f * l + b] - u[f * l + b] / c);
                    if (Math.abs(a) > 1e-4f) {
                        lab.add(b);
                        wts.add(a);
                    }
                }
                if (lab.size > start) {
                    fk.add(keys[f]);
                    rs.add(start);
                }
            }
            rs.add(lab.size);
            byte[] labels = new byte[lab.size];
            float[] weights = new float[lab.size];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = (byte) lab.data[i];
                weights[i] = wts.get(i);
            }
            float[] trans = new float[tw.length];
            for (int i = 0; i < trans.length; i++) trans[i] = (float) (tw[i] - tu[i] / c);
            return new NerModel(config, l, fk.toArray(), rs.toArray(), labels, weights, trans, gazetteer, null);
        }
    }

    /** Minimal growable int list. */
    static final class IntList {
        int[] data = new int[8];
        int size;

        void add(int v) {
            if (size == data.length) data = java.util.Arrays.copyOf(data, size * 2);
            data[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
