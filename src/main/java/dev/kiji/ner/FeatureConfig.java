package dev.kiji.ner;

/**
 * Which feature templates the tagger uses; saved in the model so tagging extracts exactly the
 * features it was trained with.
 *
 * @param window     character unigram window (characters {@code i-window .. i+window})
 * @param tokens     Kuromoji token features (surface, POS, position in token, neighbours)
 * @param dictionary ENAMDICT longest-match features
 * @param wideNgrams character 4-grams and wider token context
 * @param gazetteer  longest-match features from names annotated in the training data (jackknifed)
 * @param spanTyper  re-type found spans with {@link SpanTyper} when it is confident
 */
public record FeatureConfig(int window, boolean tokens, boolean dictionary, boolean wideNgrams, boolean gazetteer,
        boolean spanTyper) {
    public FeatureConfig {
        if (window < 1 || window > 4) throw new IllegalArgumentException("window " + window);
    }

    public static FeatureConfig defaults() {
        return new FeatureConfig(2, true, true, true, false, true);
    }

    int flags() {
        return (tokens ? 1 : 0) | (dictionary ? 2 : 0) | (wideNgrams ? 4 : 0) | (gazetteer ? 8 : 0) | (spanTyper ? 16 : 0);
    }

    static FeatureConfig of(int window, int flags) {
        return new FeatureConfig(window, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
                (flags & 16) != 0);
    }
}
