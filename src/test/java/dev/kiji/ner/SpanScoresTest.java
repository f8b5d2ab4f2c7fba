package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanScoresTest {
    private static final int L = Bio.NUM_LABELS;

    @Test
    void theDecodedClassHasTheBestScoreForItsSpan() {
        Random rnd = new Random(11);
        int spans = 0;
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(12);
            float[][] em = new float[n][L];
            for (float[] row : em) {
                for (int b = 0; b < L; b++) row[b] = (float) rnd.nextGaussian() * 3;
            }
            float[] trans = new float[(L + 1) * L];
            for (int i = 0; i < trans.length; i++) trans[i] = (float) rnd.nextGaussian();
            int[] y = Viterbi.decode(em, trans, L);
            for (Span s : Bio.decode(y)) {
                float[] sc = SpanScores.of(em, trans, y, s.start(), s.end());
                assertEquals(s.type().ordinal(), SpanTyper.argmax(sc), "round " + round + " span " + s);
                spans++;
            }
        }
        assertTrue(spans > 300, "enough spans were checked: " + spans);
    }

    @Test
    void scoreIsTheSumOfEmissionsAndTransitionsInsideAndAround() {
        int n = 4;
        float[][] em = new float[n][L];
        float[] trans = new float[(L + 1) * L];
        List<Span> one = List.of(new Span(1, 3, NerClass.PRODUCT));
        int[] y = Bio.encode(n, one);
        int b = y[1];
        int e = y[2];
        em[1][b] = 2;
        em[2][e] = 3;
        trans[b * L + e] = 0.5f;
        trans[0 * L + b] = 0.25f; // O → B-PRODUCT
        trans[e * L + 0] = 0.125f; // E-PRODUCT → O
        float[] sc = SpanScores.of(em, trans, y, 1, 3);
        assertEquals(5.875f, sc[NerClass.PRODUCT.ordinal()], 1e-6);
        assertEquals(0f, sc[NerClass.PERSON.ordinal()], 1e-6);
        int s = Bio.encode(1, List.of(new Span(0, 1, NerClass.EVENT)))[0];
        em[0][s] = 1;
        trans[L * L + s] = 4; // start → S-EVENT
        assertEquals(5f, SpanScores.of(em, trans, y, 0, 1)[NerClass.EVENT.ordinal()], 1e-6);
    }

    @Test
    void gapsAreZeroForTheBestAndNegativeElsewhere() {
        float[] g = SpanScores.gaps(new float[] {1, 4, -2, 4, 0, 0, 0, 0});
        assertEquals(0f, g[1]);
        assertEquals(0f, g[3]);
        assertEquals(-6f, g[2]);
        assertEquals(3, SpanFeatures.bin(-3f));
        assertEquals(0, SpanFeatures.bin(0f));
        assertEquals(6, SpanFeatures.bin(-100f));
    }
}
