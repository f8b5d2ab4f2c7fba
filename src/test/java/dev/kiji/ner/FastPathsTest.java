package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Token;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The tagger's fast paths must give exactly what the plain computations give: emission sums
 * (sparse and dense weight rows), Viterbi paths (against brute force) and the NFKC shortcut.
 */
class FastPathsTest {
    private static final int L = Bio.NUM_LABELS;

    @Property(tries = 30)
    void emissionsEqualPlainRowByRowSums(@ForAll long seed) {
        Random r = new Random(seed);
        int nf = 1 + r.nextInt(400);
        int[] keys = new int[nf];
        int[] rowStart = new int[nf + 1];
        java.util.List<Byte> labels = new java.util.ArrayList<>();
        java.util.List<Float> weights = new java.util.ArrayList<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int f = 0; f < nf; f++) {
            int k;
            do {
                k = r.nextInt();
            } while (k == 0 || !used.add(k));
            keys[f] = k;
            rowStart[f] = labels.size();
            int count = 1 + r.nextInt(r.nextBoolean() ? L : 6); // both sparse and dense rows
            int[] perm = r.ints(0, L).distinct().limit(count).sorted().toArray();
            for (int b : perm) {
                labels.add((byte) b);
                weights.add((float) r.nextGaussian());
            }
        }
        rowStart[nf] = labels.size();
        byte[] lab = new byte[labels.size()];
        float[] w = new float[weights.size()];
        for (int i = 0; i < lab.length; i++) {
            lab[i] = labels.get(i);
            w[i] = weights.get(i);
        }
        WeightTable table = new WeightTable(L, keys, rowStart, lab, w);
        int n = 1 + r.nextInt(30);
        int[][] feats = new int[n][];
        for (int i = 0; i < n; i++) {
            feats[i] = new int[r.nextInt(45)];
            for (int j = 0; j < feats[i].length; j++) feats[i][j] = r.nextInt(3) == 0 ? r.nextInt() | 1 : keys[r.nextInt(nf)];
        }
        float[][] em = table.emissions(FeatureRows.of(feats));
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int f = 0; f < nf; f++) index.put(keys[f], f);
        for (int i = 0; i < n; i++) {
            float[] expect = new float[L];
            for (int h : feats[i]) {
                Integer f = index.get(h);
                if (f == null) continue;
                for (int j = rowStart[f]; j < rowStart[f + 1]; j++) expect[lab[j]] += w[j];
            }
            assertArrayEquals(expect, em[i], "position " + i);
        }
    }

    @Property(tries = 40)
    void viterbiFindsTheBestAllowedSequence(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int n) {
        Random r = new Random(seed);
        float[][] em = new float[n][L];
        for (float[] row : em) {
            for (int b = 0; b < L; b++) row[b] = (float) r.nextGaussian() * 3;
        }
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) trans[i] = (float) r.nextGaussian();
        boolean[] glued = new boolean[n];
        for (int i = 1; i < n; i++) glued[i] = r.nextInt(4) == 0;
        int[] y = Viterbi.decode(em, trans, L, glued);
        double best = bruteForce(em, trans, glued, new int[n], 0);
        assertEquals(best, score(em, trans, y), 1e-3);
        for (int i = 0; i < n; i++) {
            assertTrue(Bio.allowed(i == 0 ? -1 : y[i - 1], y[i]));
            if (i > 0 && glued[i]) assertTrue(Bio.noBoundary(y[i - 1], y[i]));
        }
        assertTrue(Bio.allowedEnd(y[n - 1]));
    }

    /**
     * Long sequences whose emissions often put one label far ahead (as real text does), so that the
     * decoder's lead shortcut is taken: the path must be exactly the plain full-scan Viterbi's.
     */
    @Property(tries = 60)
    void viterbiShortcutsGiveThePlainFullScanPath(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 40) int lead) {
        Random r = new Random(seed);
        float[][] em = new float[n][L];
        for (float[] row : em) {
            for (int b = 0; b < L; b++) row[b] = (float) r.nextGaussian() * 2;
            row[r.nextInt(L)] += lead; // one label clearly ahead at many positions
        }
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) trans[i] = (float) r.nextGaussian() * 3;
        boolean[] glued = new boolean[n];
        for (int i = 1; i < n; i++) glued[i] = r.nextInt(4) == 0;
        assertArrayEquals(fullScan(em, trans, glued), Viterbi.decode(em, trans, L, glued));
    }

    /** Textbook Viterbi over every allowed pair; ties go to the lowest predecessor label. */
    private static int[] fullScan(float[][] em, float[] trans, boolean[] glued) {
        int n = em.length;
        float[][] score = new float[n][L];
        int[][] back = new int[n][L];
        for (int b = 0; b < L; b++) score[0][b] = Bio.allowed(-1, b) ? trans[L * L + b] + em[0][b] : -1e30f;
        for (int i = 1; i < n; i++) {
            for (int b = 0; b < L; b++) {
                float best = -1e30f;
                int arg = 0;
                for (int a = 0; a < L; a++) {
                    if (!Bio.allowed(a, b) || glued[i] && !Bio.noBoundary(a, b)) continue;
                    float v = score[i - 1][a] + trans[a * L + b];
                    if (v > best) {
                        best = v;
                        arg = a;
                    }
                }
                score[i][b] = best + em[i][b];
                back[i][b] = arg;
            }
        }
        int arg = 0;
        for (int b = 1; b < L; b++) {
            if (Bio.allowedEnd(b) && score[n - 1][b] > score[n - 1][arg]) arg = b;
        }
        int[] y = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            y[i] = arg;
            arg = back[i][arg];
        }
        return y;
    }

    private static double bruteForce(float[][] em, float[] trans, boolean[] glued, int[] y, int i) {
        if (i == y.length) return Bio.allowedEnd(y[i - 1]) ? score(em, trans, y) : Double.NEGATIVE_INFINITY;
        double best = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < L; b++) {
            int prev = i == 0 ? -1 : y[i - 1];
            if (!Bio.allowed(prev, b) || (i > 0 && glued[i] && !Bio.noBoundary(prev, b))) continue;
            y[i] = b;
            best = Math.max(best, bruteForce(em, trans, glued, y, i + 1));
        }
        return best;
    }

    private static double score(float[][] em, float[] trans, int[] y) {
        double s = trans[L * L + y[0]] + em[0][y[0]];
        for (int i = 1; i < y.length; i++) s += trans[y[i - 1] * L + y[i]] + em[i][y[i]];
        return s;
    }

    @Test
    void nfkcShortcutOnlyAcceptsCharactersNfkcLeavesAlone() {
        int accepted = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) continue;
            String s = String.valueOf(c);
            if (CharView.nfkcStable(s)) {
                accepted++;
                assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC), () -> "U+" + Integer.toHexString(s.charAt(0)));
            }
        }
        assertTrue(accepted > 20_000, "the shortcut covers kana, kanji and ASCII");
    }

    @Test
    void viewOfWideAndNarrowTokensMapsEveryCharacterBack() {
        String original = "ＮＡＴＯと㈱カナ";
        List<Token> tokens = List.of(new Token(new CharSpan(0, 4), "ＮＡＴＯ", "NATO", "名詞-固有名詞-組織", null),
                new Token(new CharSpan(4, 5), "と", "と", "助詞-格助詞-一般", "ト"),
                new Token(new CharSpan(5, 6), "㈱", "㈱", "記号-一般", null),
                new Token(new CharSpan(6, 8), "カナ", "カナ", "名詞-一般", "カナ"));
        CharView v = CharView.of(original, tokens);
        assertEquals("NATOと(株)カナ", v.text);
        assertEquals(0, v.originalStart(0));
        assertEquals(4, v.originalEnd(4));
        assertEquals(5, v.originalStart(5));
        assertEquals(6, v.originalEnd(8), "(株) all maps to ㈱");
        assertEquals(6, v.originalStart(8));
        assertEquals(8, v.originalEnd(10));
        assertEquals(4, v.tokenCount());
        assertArrayEquals(new boolean[] {true, false, true, false}, v.tokUnknown);
        assertEquals(3, v.tokenOf[9]);
    }
}
