package dev.kiji.link;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two same-type names in one article are likely one name misspelt
 * ({@code Guterrez ≈ Guterres}, {@code ブリンキン ≈ ブリンケン} via their romanizations). Both
 * conditions must hold: Jaro-Winkler similarity at least {@link #JARO_WINKLER_MIN} and at most
 * {@link #MAX_EDITS} Levenshtein edits, on forms of at least {@link #MIN_LENGTH} letters. The
 * thresholds come from {@code NameSimilarityMeasurementTest}, which counts false merges on a list
 * of distinct real name pairs and recall on a list of misspellings.
 */
final class NameSimilarity {
    static final double JARO_WINKLER_MIN = 0.94;
    static final int MAX_EDITS = 1;
    static final int MIN_LENGTH = 5;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    static double jaroWinkler(String a, String b) {
        return JW.apply(a, b);
    }

    static boolean likelySame(String a, String b) {
        return likelySame(a, b, JARO_WINKLER_MIN, MAX_EDITS);
    }

    static boolean likelySame(String a, String b, double jwMin, int maxEdits) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH || Math.abs(a.length() - b.length()) > maxEdits) {
            return false;
        }
        if (JW.apply(a, b) < jwMin) {
            return false;
        }
        int d = new LevenshteinDistance(maxEdits).apply(a, b);
        return d >= 0 && d <= maxEdits;
    }
}
