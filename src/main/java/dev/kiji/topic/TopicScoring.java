package dev.kiji.topic;

/**
 * Turns a topic's evidence sum into a score in [0, 1] and decides which topics are kept.
 *
 * <p>The sum is divided by a length factor {@code sqrt(max(n, N0) / N0)} (n = content tokens), so
 * a long article needs proportionally more cues per word than a short one but not linearly more,
 * then mapped by {@code 1 - exp(-x / SCALE)}: monotone, so the order of topics is the order of
 * their evidence sums. A topic is kept when its score reaches {@link #MIN_SCORE} and its sum is at
 * least {@link #MIN_SHARE} of the top topic's; the top topic is kept when its sum reaches
 * {@link #MIN_EVIDENCE}.
 */
final class TopicScoring {
    static final int MAX_TOPICS = 5;
    /** Cues in the headline or first sentence count this many times (inverted pyramid). */
    static final double LEAD_WEIGHT = 2.0;
    static final int LEAD_CHARS = 100;
    static final double N0 = 60;
    static final double SCALE = 6.0;
    static final double MIN_SCORE = 0.2;
    static final double MIN_SHARE = 0.3;
    static final double MIN_EVIDENCE = 1.0;

    private TopicScoring() {
    }

    static double score(double sum, int contentTokens) {
        if (sum <= 0) {
            return 0;
        }
        double norm = Math.sqrt(Math.max(contentTokens, N0) / N0);
        return 1 - Math.exp(-(sum / norm) / SCALE);
    }

    static boolean keep(double sum, double top, double score, boolean first) {
        if (sum <= 0) {
            return false;
        }
        if (first) {
            return sum >= MIN_EVIDENCE;
        }
        return score >= MIN_SCORE && sum >= MIN_SHARE * top;
    }
}
