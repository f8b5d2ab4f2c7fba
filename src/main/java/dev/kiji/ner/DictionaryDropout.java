package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import java.util.Random;

/**
 * Training-time feature dropout: on a gold mention, with probability {@code rate}, the characters
 * get the features they would have if ENAMDICT had no match there, so the tagger also learns to
 * find names from their context and shape, not only from the dictionary.
 */
final class DictionaryDropout {
    private final FeatureExtractor withoutDictionary;
    private final double rate;
    private final Random rnd;

    DictionaryDropout(FeatureConfig config, double rate, long seed) {
        this.withoutDictionary = new FeatureExtractor(new FeatureConfig(config.window(), config.tokens(), false,
                config.wideNgrams(), config.gazetteer(), config.spanTyper()), null);
        this.rate = rate;
        this.rnd = new Random(seed ^ 0x5DEECE66DL);
    }

    /** The dropout of {@code settings}, or null when it has none (or no dictionary features). */
    static DictionaryDropout of(NerTrainer.Settings settings, NameDictionary dict, long seed) {
        double rate = settings.augmentation().dictDropout();
        return rate <= 0 || dict == null || !settings.features().dictionary() ? null
                : new DictionaryDropout(settings.features(), rate, seed);
    }

    /** Replaces, in place, the feature rows of the chosen gold mentions of {@code gold} (BIOES labels). */
    void apply(CharView v, Gazetteer gazetteer, int[] gold, int[][] features) {
        int[][] plain = null;
        for (Span g : Bio.decode(gold)) {
            if (rnd.nextDouble() >= rate) continue;
            if (plain == null) plain = withoutDictionary.extract(v, gazetteer);
            for (int i = g.start(); i < g.end(); i++) features[i] = plain[i];
        }
    }
}
