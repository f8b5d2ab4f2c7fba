package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.TestDictionaries;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hiding the ENAMDICT features of gold mentions in training examples. */
class DictionaryDropoutTest {
    private static final FeatureConfig WITH_DICT = new FeatureConfig(2, true, true, true, false, false);


    @Test
    void rateOneHidesTheDictionaryOnMentionsOnly() throws IOException {
        NameDictionary dict = TestDictionaries.of("森野\ts\tMorino", "森野一郎\th\tMorino Ichirou", "白砂町\tp\tShirasuna");
        String text = "森野一郎は白砂町に住む。";
        CharView v = CharView.of(text, NerTagger.tokenizeNormalized(text));
        int[] gold = NerTrainer.goldLabels(v, List.of(new Span(0, 4, NerClass.PERSON)));
        int[][] full = new FeatureExtractor(WITH_DICT, dict).extract(v, Gazetteer.EMPTY);
        int[][] plain = new FeatureExtractor(new FeatureConfig(2, true, false, true, false, false), null)
                .extract(v, Gazetteer.EMPTY);
        int[][] x = Arrays.stream(full).map(int[]::clone).toArray(int[][]::new);
        NerTrainer.Settings s = new NerTrainer.Settings(WITH_DICT, 1, 1, 1, NerTrainer.Algorithm.CRF, 0.05, 1,
                new Augmentation(0, 0, 0, 1.0, false));
        DictionaryDropout.of(s, dict, 42).apply(v, Gazetteer.EMPTY, gold, x);
        for (int i = 0; i < 4; i++) {
            assertFalse(Arrays.equals(full[i], plain[i]), "the dictionary matches the name at " + i);
            assertArrayEquals(plain[i], x[i], "inside the mention the dictionary is hidden");
        }
        for (int i = 4; i < x.length; i++) assertArrayEquals(full[i], x[i], "outside it nothing changes (白砂町 still matches)");
        assertFalse(Arrays.equals(full[5], plain[5]));
    }

    @Test
    void rateZeroMeansNoDropout() throws IOException {
        NerTrainer.Settings s = new NerTrainer.Settings(WITH_DICT, 1, 1, 1, NerTrainer.Algorithm.CRF, 0.05, 1,
                Augmentation.NONE);
        org.junit.jupiter.api.Assertions.assertNull(DictionaryDropout.of(s, TestDictionaries.of("森野\ts\tMorino"), 42));
    }
}
