package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.link.kb.NameKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures the misspelling merge rule on two hand-made lists: distinct people with close names
 * (every merge is a false merge) and one person spelt two ways (every merge is wanted). Prints the
 * grid that justified {@link NameSimilarity}'s thresholds and pins the chosen point.
 */
class NameSimilarityMeasurementTest {

    private static List<String[]> pairs(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NameSimilarityMeasurementTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.split("\t");
                    out.add(new String[] {p[0], p[1]});
                }
            }
        }
        return out;
    }

    /** What {@link MentionClusterer} compares: kana names as kana, others as the letters of their key. */
    private static boolean same(String[] p, double jw, int edits) {
        if (Hepburn.isKana(p[0]) && Hepburn.isKana(p[1])) {
            return NameSimilarity.likelySameKana(NameKey.of(p[0]), NameKey.of(p[1]), jw, edits);
        }
        return NameSimilarity.likelySame(latin(p[0]), latin(p[1]), jw, edits);
    }

    private static String latin(String name) {
        return NameKey.of(name).replaceAll("[^a-z]", "");
    }

    private static boolean same(String[] p) {
        return same(p, NameSimilarity.JARO_WINKLER_MIN, NameSimilarity.MAX_EDITS);
    }

    private static int merged(List<String[]> pairs, double jw, int edits) {
        int n = 0;
        for (String[] p : pairs) {
            if (same(p, jw, edits)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void thresholdKeepsFalseMergesRareAndCatchesMostMisspellings() throws IOException {
        List<String[]> distinct = pairs("distinct-name-pairs.tsv");
        List<String[]> same = pairs("misspelling-pairs.tsv");
        System.out.printf("misspelling merge: %d distinct pairs, %d misspelt pairs%n", distinct.size(), same.size());
        System.out.println("JW_min edits  false_merges  recall");
        for (double jw : new double[] {0.85, 0.88, 0.90, 0.92, 0.94, 0.96}) {
            for (int edits = 1; edits <= 3; edits++) {
                System.out.printf("%.2f   %d      %2d (%4.1f%%)   %2d/%d (%4.1f%%)%n", jw, edits, merged(distinct, jw, edits),
                        100.0 * merged(distinct, jw, edits) / distinct.size(), merged(same, jw, edits), same.size(),
                        100.0 * merged(same, jw, edits) / same.size());
            }
        }
        for (String[] p : distinct) {
            if (same(p)) {
                System.out.println("false merge at the chosen threshold: " + p[0] + " ~ " + p[1]);
            }
        }
        for (String[] p : same) {
            if (!same(p)) {
                System.out.println("missed at the chosen threshold: " + p[0] + " ~ " + p[1]);
            }
        }
        int falseMerges = merged(distinct, NameSimilarity.JARO_WINKLER_MIN, NameSimilarity.MAX_EDITS);
        int recall = merged(same, NameSimilarity.JARO_WINKLER_MIN, NameSimilarity.MAX_EDITS);
        assertTrue(falseMerges * 4 <= distinct.size(), "false merges " + falseMerges);
        assertTrue(recall * 10 >= same.size() * 7, "recall " + recall);
    }
}
