package dev.kiji.lang.ja;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.NormalizedText;

/** Maps a span of the original text back into the normalized text (the inverse of {@code toOriginal}). */
final class NormalizedSpans {
    private NormalizedSpans() {
    }

    /**
     * The normalized units whose original range starts inside {@code original}. Relies on the
     * normalizer's map being monotone, which holds because it only folds and collapses in place.
     */
    static CharSpan fromOriginal(NormalizedText norm, CharSpan original) {
        int start = lowerBound(norm, original.start());
        int end = Math.max(start, lowerBound(norm, original.end()));
        return new CharSpan(start, end);
    }

    /** First normalized index whose original start is {@code >= offset}, or the text length. */
    private static int lowerBound(NormalizedText norm, int offset) {
        int lo = 0;
        int hi = norm.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (norm.originalStart(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
