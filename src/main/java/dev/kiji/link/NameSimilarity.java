package dev.kiji.link;

import java.text.Normalizer;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether two same-type names in one article are likely one name misspelt
 * ({@code Guterrez ≈ Guterres}, {@code ガテーレス ≈ グテーレス} via their romanizations,
 * {@code ラプロフ ≈ ラブロフ ≈ ラヴロフ} because kana names are compared without voicing marks). Both
 * conditions must hold: Jaro-Winkler similarity at least {@link #JARO_WINKLER_MIN} and at most
 * {@link #MAX_EDITS} Levenshtein edits, on forms of at least {@link #MIN_LENGTH} letters. The
 * thresholds come from {@code NameSimilarityMeasurementTest}, which counts false merges on a list
 * of distinct real name pairs and recall on a list of misspellings.
 */
final class NameSimilarity {
    static final double JARO_WINKLER_MIN = 0.94;
    static final int MAX_EDITS = 1;
    static final int MIN_LENGTH = 5;
    static final int MIN_VOICING_FOLD_LENGTH = 7;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /**
     * Two kana names: {@link #likelySame} on their Hepburn romanizations, or, for long names (at least
     * {@link #MIN_VOICING_FOLD_LENGTH} letters), on their {@link #kanaForm}s. A dropped or misplaced
     * dakuten is a common kana typo ({@code ラプロフ / ラブロフ}) and transliterations differ in voicing
     * ({@code ヴ / ブ}), but short names differing only in voicing are often different people
     * ({@code タイソン / ダイソン}), hence the length limit (see {@code NameSimilarityMeasurementTest}).
     */
    static boolean likelySameKana(String a, String b) {
        return likelySameKana(a, b, JARO_WINKLER_MIN, MAX_EDITS);
    }

    static boolean likelySameKana(String a, String b, double jwMin, int maxEdits) {
        String ra = Hepburn.romanize(a);
        String rb = Hepburn.romanize(b);
        if (ra != null && rb != null && likelySame(ra, rb, jwMin, maxEdits)) {
            return true;
        }
        String fa = kanaForm(a);
        String fb = kanaForm(b);
        return fa.length() >= MIN_VOICING_FOLD_LENGTH && fb.length() >= MIN_VOICING_FOLD_LENGTH
                && likelySame(fa, fb, jwMin, maxEdits);
    }

    /**
     * The voicing-blind form of a kana name: voicing marks removed ({@code ブ, プ → フ}; {@code ヴ}
     * read as {@code ブ}), then romanized; the input itself when it is not kana.
     */
    static String kanaForm(String kana) {
        String k = Hepburn.toKatakana(kana).replace("ヴァ", "バ").replace("ヴィ", "ビ").replace("ヴェ", "ベ")
                .replace("ヴォ", "ボ").replace('ヴ', 'ブ');
        String bare = Normalizer.normalize(k, Normalizer.Form.NFD).replace("\u3099", "").replace("\u309A", "");
        String r = Hepburn.romanize(Normalizer.normalize(bare, Normalizer.Form.NFC));
        return r == null ? kana : r;
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
