package dev.kiji.ner;

import java.util.List;
import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) for the linear-chain tagger: Viterbi-decode each
 * example, add the gold features, subtract the predicted ones; the model keeps the average of all
 * weight vectors. Deterministic for a given seed.
 */
final class PerceptronTrainer {
    /**
     * One training sequence: feature hashes per position, gold labels, and the decoding
     * constraints the tagger applies ({@code glued[i]}: no mention boundary between {@code i - 1}
     * and {@code i}; {@code onlyO[i]}: position {@code i} is outside every mention), relaxed where
     * the gold labels break them. Null masks mean no constraint.
     */
    record Example(int[][] features, int[] gold, boolean[] glued, boolean[] onlyO) {
        Example(int[][] features, int[] gold) {
            this(features, gold, null, null);
        }
    }

    /** Hyper-parameters: passes over the data, minimum feature count, shuffling seed. */
    record Params(int epochs, int minCount, long seed) {
    }

    private PerceptronTrainer() {
    }

    /**
     * Trains; {@code afterEpoch} (may be null) is called with the epoch number after each pass so
     * callers can log or evaluate the averaged model of that epoch.
     */
    static NerModel train(List<Example> examples, FeatureConfig config, Gazetteer gazetteer, Params p,
            EpochListener afterEpoch) {
        int l = Bio.NUM_LABELS;
        FeatureIndex index = FeatureIndex.of(examples, p.minCount());
        State s = new State(index, l, config, gazetteer);
        int[] order = identity(examples.size());
        Random rnd = new Random(p.seed());
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            shuffle(order, rnd);
            for (int k : order) s.learn(index.mapped.get(k), examples.get(k).gold());
            if (afterEpoch != null) afterEpoch.epochDone(epoch, s::snapshot);
        }
        return s.snapshot();
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    /** Fisher-Yates shuffle (the order the perceptron has always used for a given seed). */
    static void shuffle(int[] order, Random rnd) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Callback after each epoch. */
    interface EpochListener {
        void epochDone(int epoch, java.util.function.Supplier<NerModel> model);
    }

    /** Mutable training weights with averaging accumulators. */
    static final class State {
        private final FeatureIndex index;
        private final int l;
        private final FeatureConfig config;
        private final float[] w;
        private final double[] u;
        private final float[] tw;
        private final double[] tu;
        private final Gazetteer gazetteer;
        private long c = 1;

        State(FeatureIndex index, int l, FeatureConfig config, Gazetteer gazetteer) {
            this.gazetteer = gazetteer;
            this.index = index;
            int[] keys = index.keys;
            this.l = l;
            this.config = config;
            this.w = new float[keys.length * l];
            this.u = new double[keys.length * l];
            this.tw = new float[(l + 1) * l];
            this.tu = new double[(l + 1) * l];
        }

        /**
         * One update. Decodes without the tagger's katakana/whitespace constraints: training under
         * them was measured and did not help (models/README.md).
         */
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
            float[] trans = new float[tw.length];
            for (int i = 0; i < trans.length; i++) trans[i] = (float) (tw[i] - tu[i] / c);
            return index.toModel((f, b) -> (float) (w[f * l + b] - u[f * l + b] / c), 1e-4f, l, trans, config, gazetteer);
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
