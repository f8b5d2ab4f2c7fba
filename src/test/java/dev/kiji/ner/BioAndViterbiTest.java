package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioAndViterbiTest {

    @Test
    void encodeDecodeRoundTrip() {
        List<Span> spans = List.of(new Span(0, 1, NerClass.LOCATION), new Span(1, 4, NerClass.PERSON),
                new Span(6, 8, NerClass.COMPANY));
        int[] y = Bio.encode(9, spans);
        assertEquals("S-LOCATION", Bio.name(y[0]));
        assertEquals("B-PERSON", Bio.name(y[1]));
        assertEquals("I-PERSON", Bio.name(y[2]));
        assertEquals("E-PERSON", Bio.name(y[3]));
        assertEquals("O", Bio.name(y[4]));
        assertEquals(spans, Bio.decode(y));
    }

    @Test
    void transitionsFollowBioesRules() {
        int bPer = Bio.encode(2, List.of(new Span(0, 2, NerClass.PERSON)))[0];
        int ePer = Bio.encode(2, List.of(new Span(0, 2, NerClass.PERSON)))[1];
        int ePlace = Bio.encode(2, List.of(new Span(0, 2, NerClass.LOCATION)))[1];
        assertTrue(Bio.allowed(bPer, ePer));
        assertFalse(Bio.allowed(bPer, ePlace));
        assertFalse(Bio.allowed(-1, ePer));
        assertFalse(Bio.allowed(0, ePer));
        assertFalse(Bio.allowed(bPer, 0));
        assertTrue(Bio.allowed(ePer, bPer));
        assertFalse(Bio.allowedEnd(bPer));
    }

    @Test
    void viterbiNeverReturnsAnInvalidSequence() {
        int l = Bio.NUM_LABELS;
        int ePer = Bio.encode(2, List.of(new Span(0, 2, NerClass.PERSON)))[1];
        int sPer = Bio.encode(1, List.of(new Span(0, 1, NerClass.PERSON)))[0];
        float[][] em = new float[3][l];
        em[1][ePer] = 10; // E-PERSON after O would be invalid
        em[1][sPer] = 4;
        float[] trans = new float[(l + 1) * l];
        int[] y = Viterbi.decode(em, trans, l);
        for (int i = 0; i < y.length; i++) assertTrue(Bio.allowed(i == 0 ? -1 : y[i - 1], y[i]));
        assertTrue(Bio.allowedEnd(y[2]));
        assertEquals(List.of(new Span(0, 2, NerClass.PERSON)), Bio.decode(y));
    }

    @Test
    void viterbiFollowsTransitions() {
        int l = Bio.NUM_LABELS;
        float[][] em = new float[2][l];
        float[] trans = new float[(l + 1) * l];
        int sLoc = Bio.encode(1, List.of(new Span(0, 1, NerClass.LOCATION)))[0];
        int sPer = Bio.encode(1, List.of(new Span(0, 1, NerClass.PERSON)))[0];
        em[0][sLoc] = 1;
        em[1][sPer] = 1;
        em[1][sLoc] = 0.9f;
        trans[sLoc * l + sLoc] = 0.5f;
        assertArrayEquals(new int[] {sLoc, sLoc}, Viterbi.decode(em, trans, l));
    }

    @Test
    void noMentionBoundaryInsideKatakanaOrLatinRuns() {
        boolean[] g = NerTagger.glued("xロリック・カナAb1");
        assertFalse(g[1], "Latin x | katakana ロ");
        assertTrue(g[2]);
        assertFalse(g[5], "katakana | ・");
        assertFalse(g[8], "katakana ナ | A");
        assertTrue(g[9], "A b");
        assertFalse(g[10], "b | 1");
        int l = Bio.NUM_LABELS;
        int sPer = Bio.encode(1, List.of(new Span(0, 1, NerClass.PERSON)))[0];
        int ePer = Bio.encode(2, List.of(new Span(0, 2, NerClass.PERSON)))[1];
        float[][] em = new float[3][l];
        em[0][0] = 5; // O strongly preferred on the first character
        em[1][sPer] = 2;
        em[2][0] = 1;
        float[] trans = new float[(l + 1) * l];
        boolean[] glued = {false, true, false};
        int[] y = Viterbi.decode(em, trans, l, glued);
        assertEquals(0, y[1], "a mention may not start inside the run, so it stays O");
        em[0][0] = 0;
        em[1][ePer] = 9;
        y = Viterbi.decode(em, trans, l, glued);
        assertEquals(List.of(new Span(0, 2, NerClass.PERSON)), Bio.decode(y));
    }
}
