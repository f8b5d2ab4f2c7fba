package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forward-backward against brute force, the CRF gradient against finite differences, and reproducibility. */
class CrfTrainerTest {
    private static final int L = Bio.NUM_LABELS;

    private static double[][] randomEmissions(Random r, int n) {
        double[][] em = new double[n][L];
        for (double[] row : em) {
            for (int b = 0; b < L; b++) row[b] = r.nextGaussian();
        }
        return em;
    }

    private static double[] randomTransitions(Random r) {
        double[] t = new double[(L + 1) * L];
        for (int i = 0; i < t.length; i++) t[i] = r.nextGaussian();
        return t;
    }

    /** Score of every allowed label sequence, enumerated; calls {@code visit} with each and its score. */
    private static void enumerate(double[][] em, double[] trans, boolean[] glued, int[] y, int i, double score,
            java.util.function.ObjDoubleConsumer<int[]> visit) {
        int n = em.length;
        if (i == n) {
            if (Bio.allowedEnd(y[n - 1])) visit.accept(y, score);
            return;
        }
        for (int b = 0; b < L; b++) {
            int a = i == 0 ? -1 : y[i - 1];
            if (!Bio.allowed(a, b) || (glued[i] && i > 0 && !Bio.noBoundary(a, b))) continue;
            if (em[i][b] == Double.NEGATIVE_INFINITY) continue;
            y[i] = b;
            enumerate(em, trans, glued, y, i + 1, score + em[i][b] + trans[(i == 0 ? L : a) * L + b], visit);
        }
    }

    @Test
    void partitionFunctionAndMarginalsMatchBruteForce() {
        Random r = new Random(5);
        int n = 4;
        double[][] em = randomEmissions(r, n);
        em[3][5] = Double.NEGATIVE_INFINITY;
        double[] trans = randomTransitions(r);
        boolean[] glued = {false, false, true, false};
        double[] z = new double[1];
        double[][] marg = new double[n][L];
        double[] pairs = new double[(L + 1) * L];
        enumerate(em, trans, glued, new int[n], 0, 0, (y, s) -> {
            double p = Math.exp(s);
            z[0] += p;
            for (int i = 0; i < n; i++) {
                marg[i][y[i]] += p;
                pairs[(i == 0 ? L : y[i - 1]) * L + y[i]] += p;
            }
        });
        double[][] fbMarg = new double[n][L];
        double[] fbPairs = new double[(L + 1) * L];
        double logZ = ForwardBackward.run(em, trans, glued, fbMarg, fbPairs);
        assertEquals(Math.log(z[0]), logZ, 1e-9);
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < L; b++) assertEquals(marg[i][b] / z[0], fbMarg[i][b], 1e-9, i + "/" + b);
        }
        for (int k = 0; k < pairs.length; k++) assertEquals(pairs[k] / z[0], fbPairs[k], 1e-9, "pair " + k);
        assertEquals(0, fbMarg[3][5]);
        assertEquals(0, fbPairs[0 * L + 2] + fbPairs[L * L + 2], 1e-12, "disallowed pairs");
    }

    @Test
    void longSentencesStayFinite() {
        Random r = new Random(9);
        double[][] em = randomEmissions(r, 600);
        for (double[] row : em) {
            for (int b = 0; b < L; b++) row[b] *= 30;
        }
        double[][] marg = new double[600][L];
        double logZ = ForwardBackward.run(em, randomTransitions(r), null, marg, new double[(L + 1) * L]);
        assertTrue(Double.isFinite(logZ));
        for (double[] row : marg) assertEquals(1, java.util.Arrays.stream(row).sum(), 1e-9);
    }

    /** A hand-made example over 6 features: gold B-PERSON E-PERSON O O, position 3 forced to O. */
    private static PerceptronTrainer.Example tinyExample() {
        int[][] features = {{11, 12}, {12, 13}, {14, 11}, {15, 16}};
        int person = NerClass.PERSON.ordinal();
        int[] gold = {1 + 4 * person, 3 + 4 * person, 0, 0};
        return new PerceptronTrainer.Example(features, gold, new boolean[] {false, true, false, false},
                new boolean[] {false, false, false, true});
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        List<PerceptronTrainer.Example> data = List.of(tinyExample());
        FeatureIndex index = FeatureIndex.of(data, 1);
        CrfTrainer.State s = new CrfTrainer.State(index, 0.1, 0);
        Random r = new Random(3);
        for (int i = 0; i < s.w.length; i++) s.w[i] = (float) (0.5 * r.nextGaussian());
        for (int i = 0; i < s.tw.length; i++) s.tw[i] = 0.5 * r.nextGaussian();
        int[][] x = index.mapped.get(0);
        s.lossAndGradient(x, data.get(0));
        double[] analytic = new double[s.w.length];
        for (int f = 0; f < index.size(); f++) {
            for (int b = 0; b < L; b++) analytic[f * L + b] = s.gradient(f, b);
        }
        double[] transAnalytic = s.transGrad.clone();
        s.clear();
        double h = 1e-3;
        for (int k = 0; k < s.w.length; k += 7) {
            float w0 = s.w[k];
            s.w[k] = w0 + (float) h;
            double up = loss(s, x, data.get(0));
            s.w[k] = w0 - (float) h;
            double down = loss(s, x, data.get(0));
            s.w[k] = w0;
            double step = (double) (w0 + (float) h) - (double) (w0 - (float) h);
            assertEquals((up - down) / step, analytic[k], 1e-4, "weight " + k);
        }
        for (int k = 0; k < s.tw.length; k += 5) {
            double t0 = s.tw[k];
            s.tw[k] = t0 + h;
            double up = loss(s, x, data.get(0));
            s.tw[k] = t0 - h;
            double down = loss(s, x, data.get(0));
            s.tw[k] = t0;
            assertEquals((up - down) / (2 * h), transAnalytic[k], 1e-5, "transition " + k);
        }
    }

    private static double loss(CrfTrainer.State s, int[][] x, PerceptronTrainer.Example e) {
        double v = s.lossAndGradient(x, e);
        s.clear();
        return v;
    }

    @Test
    void trainingLowersTheLossAndIsReproducible() throws IOException {
        List<PerceptronTrainer.Example> data = List.of(tinyExample());
        FeatureIndex index = FeatureIndex.of(data, 1);
        CrfTrainer.State s = new CrfTrainer.State(index, 0.2, 0.01);
        double before = loss(s, index.mapped.get(0), data.get(0));
        for (int k = 0; k < 30; k++) s.step(index.mapped.get(0), data.get(0));
        assertTrue(loss(s, index.mapped.get(0), data.get(0)) < before / 10);

        FeatureConfig noDict = new FeatureConfig(2, true, false, true, false, false);
        FeatureExtractor fx = new FeatureExtractor(noDict, null);
        List<PerceptronTrainer.Example> examples = NerTrainer.examples(TinyTrainingTest.sentences(), fx, false);
        CrfTrainer.Params p = new CrfTrainer.Params(8, 0.1, 0.05, 1, 7);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        NerModel m = CrfTrainer.train(examples, noDict, Gazetteer.EMPTY, p, null);
        m.save(a);
        CrfTrainer.train(examples, noDict, Gazetteer.EMPTY, p, null).save(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        NerTagger tagger = new NerTagger(m, null);
        for (StockmarkCorpus.Sample sample : TinyTrainingTest.sentences()) {
            assertEquals(sample.gold(), tagger.tagText(sample.text()), sample.text());
        }
        CrfTrainer.Params sparse = new CrfTrainer.Params(8, 0.1, 5, 1, 7);
        assertTrue(CrfTrainer.train(examples, noDict, Gazetteer.EMPTY, sparse, null).weightCount() < m.weightCount(),
                "a stronger L1 penalty keeps fewer weights");
    }
}
