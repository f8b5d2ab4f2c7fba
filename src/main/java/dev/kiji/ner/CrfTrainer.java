package dev.kiji.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Linear-chain CRF over the same features, labels and decoding constraints as the perceptron,
 * trained by AdaGrad on one sentence at a time with an L1 penalty applied lazily (composite
 * mirror-descent step, Duchi et al. 2011), so most weights end exactly at zero and the model stays
 * sparse. Produces the same {@link NerModel} as the perceptron. Deterministic for a given seed.
 */
final class CrfTrainer {
    /**
     * Hyper-parameters: passes, AdaGrad step size, L1 strength (per pass over the data, i.e. the
     * penalty {@code l1 * |w|} is added to the summed sentence losses), minimum feature count,
     * shuffling seed.
     */
    record Params(int epochs, double eta, double l1, int minCount, long seed) {
    }

    private static final int L = Bio.NUM_LABELS;
    /**
     * Weights no larger than this in magnitude are left out of the model. Measured on Stockmark
     * dev with the shipped model: 407,145 weights, F1 0.7719 with every non-zero weight; 40,195
     * weights, F1 0.7712 above 0.02 (0.7699 above 0.01, 0.7643 above 0.05); news gold 0.891 / 0.890.
     * The tagger then decodes from a table a tenth the size (faster lookups, smaller file).
     */
    static final float MIN_WEIGHT = 0.02f;

    private CrfTrainer() {
    }

    static NerModel train(List<PerceptronTrainer.Example> examples, FeatureConfig config, Gazetteer gazetteer,
            Params p, PerceptronTrainer.EpochListener afterEpoch) {
        FeatureIndex index = FeatureIndex.of(examples, p.minCount());
        State s = new State(index, p.eta(), p.l1() / Math.max(1, examples.size()));
        int[] order = PerceptronTrainer.identity(examples.size());
        Random rnd = new Random(p.seed());
        for (int epoch = 1; epoch <= p.epochs(); epoch++) {
            PerceptronTrainer.shuffle(order, rnd);
            for (int k : order) s.step(index.mapped.get(k), examples.get(k));
            if (afterEpoch != null) afterEpoch.epochDone(epoch, () -> s.model(config, gazetteer));
        }
        return s.model(config, gazetteer);
    }

    /** Weights, AdaGrad accumulators and the lazy-penalty clock. */
    static final class State {
        private final FeatureIndex index;
        private final double eta;
        private final double l1PerStep;
        final float[] w;
        private final float[] g2;
        private final int[] last;
        final double[] tw = new double[(L + 1) * L];
        private final double[] tg2 = new double[(L + 1) * L];
        private int clock;
        // per-sentence scratch: features in order of first occurrence and their gradient rows
        private final int[] slot;
        private int[] uniq = new int[256];
        private double[] grad = new double[256 * L];
        private int nu;
        final double[] transGrad = new double[(L + 1) * L];

        State(FeatureIndex index, double eta, double l1PerStep) {
            this.index = index;
            this.eta = eta;
            this.l1PerStep = l1PerStep;
            int f = index.size();
            w = new float[f * L];
            g2 = new float[f * L];
            last = new int[f];
            slot = new int[f];
            Arrays.fill(slot, -1);
        }

        /** One AdaGrad + L1 step on one sentence. */
        void step(int[][] x, PerceptronTrainer.Example e) {
            for (int[] fs : x) {
                for (int f : fs) catchUp(f);
            }
            lossAndGradient(x, e);
            for (int k = 0; k < nu; k++) {
                int f = uniq[k];
                int base = f * L;
                for (int b = 0; b < L; b++) {
                    double g = grad[k * L + b];
                    if (g == 0) continue;
                    float acc = g2[base + b] += (float) (g * g);
                    double r = eta / Math.sqrt(acc);
                    w[base + b] = (float) shrink(w[base + b] - r * g, r * l1PerStep);
                }
                last[f] = clock + 1;
            }
            for (int i = 0; i < tw.length; i++) {
                double g = transGrad[i];
                if (g == 0) continue;
                tg2[i] += g * g;
                tw[i] -= eta * g / Math.sqrt(tg2[i]);
            }
            clear();
            clock++;
        }

        /**
         * Negative log-likelihood of the gold labels of one sentence; leaves the gradient in the
         * scratch rows ({@link #gradient(int, int)}) and {@link #transGrad}. Does not change weights.
         */
        double lossAndGradient(int[][] x, PerceptronTrainer.Example e) {
            int n = x.length;
            int[] gold = e.gold();
            double[][] em = new double[n][L];
            for (int i = 0; i < n; i++) {
                for (int f : x[i]) {
                    int base = f * L;
                    for (int b = 0; b < L; b++) em[i][b] += w[base + b];
                }
                if (e.onlyO() != null && e.onlyO()[i]) Arrays.fill(em[i], 1, L, Double.NEGATIVE_INFINITY);
            }
            double[][] marg = new double[n][L];
            Arrays.fill(transGrad, 0);
            double logZ = ForwardBackward.run(em, tw, e.glued(), marg, transGrad);
            double goldScore = tw[L * L + gold[0]];
            for (int i = 0; i < n; i++) {
                goldScore += em[i][gold[i]];
                if (i > 0) goldScore += tw[gold[i - 1] * L + gold[i]];
                transGrad[(i == 0 ? L : gold[i - 1]) * L + gold[i]] -= 1;
                marg[i][gold[i]] -= 1;
                for (int f : x[i]) {
                    int k = slotOf(f);
                    for (int b = 0; b < L; b++) grad[k * L + b] += marg[i][b];
                }
            }
            return logZ - goldScore;
        }

        /** Gradient of the last {@link #lossAndGradient} with respect to the weight of feature {@code f}, label {@code b}. */
        double gradient(int f, int b) {
            return slot[f] < 0 ? 0 : grad[slot[f] * L + b];
        }

        void clear() {
            for (int k = 0; k < nu; k++) slot[uniq[k]] = -1;
            Arrays.fill(grad, 0, nu * L, 0);
            nu = 0;
        }

        private int slotOf(int f) {
            if (slot[f] >= 0) return slot[f];
            if (nu == uniq.length) {
                uniq = Arrays.copyOf(uniq, nu * 2);
                grad = Arrays.copyOf(grad, nu * 2 * L);
            }
            uniq[nu] = f;
            slot[f] = nu;
            return nu++;
        }

        /** Applies the L1 steps that feature {@code f} missed while it did not occur. */
        private void catchUp(int f) {
            int missed = clock - last[f];
            if (missed == 0) return;
            int base = f * L;
            for (int b = 0; b < L; b++) w[base + b] = current(base + b, missed);
            last[f] = clock;
        }

        private float current(int idx, int missed) {
            float g = g2[idx];
            if (g == 0 || missed == 0) return w[idx];
            return (float) shrink(w[idx], missed * eta * l1PerStep / Math.sqrt(g));
        }

        private static double shrink(double v, double by) {
            return v > by ? v - by : v < -by ? v + by : 0;
        }

        /** The model of the current weights (pending L1 steps applied); weights within {@link #MIN_WEIGHT} of zero are left out. */
        NerModel model(FeatureConfig config, Gazetteer gazetteer) {
            float[] trans = new float[tw.length];
            for (int i = 0; i < trans.length; i++) trans[i] = (float) tw[i];
            return index.toModel((f, b) -> current(f * L + b, clock - last[f]), MIN_WEIGHT, L, trans, config, gazetteer);
        }
    }
}
