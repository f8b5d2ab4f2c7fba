package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Features, training and decoding on a handful of invented sentences, without the shipped model. */
class TinyTrainingTest {
    private static final FeatureConfig NO_DICT = new FeatureConfig(2, true, false, true, false, false);


    static List<StockmarkCorpus.Sample> sentences() {
        return List.of(
                TestSamples.sample(0, "山川花子は青葉市の市役所に勤めている。", "山川花子", NerClass.PERSON, "青葉市", NerClass.LOCATION),
                TestSamples.sample(1, "株式会社ミドリ工業は新しい工場を建てた。", "株式会社ミドリ工業", NerClass.COMPANY),
                TestSamples.sample(2, "青葉市民会館で夏祭りが開かれた。", "青葉市民会館", NerClass.FACILITY),
                TestSamples.sample(3, "緑の党は選挙で議席を増やした。", "緑の党", NerClass.POLITICAL),
                TestSamples.sample(4, "ミドリ工業の新製品ソラカゼは好評だ。", "ミドリ工業", NerClass.COMPANY, "ソラカゼ", NerClass.PRODUCT),
                TestSamples.sample(5, "第3回青葉マラソンに山川花子が出場した。", "第3回青葉マラソン", NerClass.EVENT, "山川花子",
                        NerClass.PERSON));
    }

    private static NerModel train(long seed) {
        FeatureExtractor fx = new FeatureExtractor(NO_DICT, null);
        return PerceptronTrainer.train(NerTrainer.examples(sentences(), fx, false), NO_DICT, Gazetteer.EMPTY,
                new PerceptronTrainer.Params(12, 1, seed), null);
    }

    @Test
    void featuresDependOnContextAndAreDeterministic() {
        FeatureExtractor fx = new FeatureExtractor(NO_DICT, null);
        String a = "山川花子は青葉市に住む。";
        String b = "山川花子が青葉市に住む。";
        CharView va = CharView.of(a, NerTagger.tokenizeNormalized(a));
        CharView vb = CharView.of(b, NerTagger.tokenizeNormalized(b));
        int[][] fa = fx.extract(va, Gazetteer.EMPTY);
        assertEquals(a.length(), fa.length);
        assertArrayEquals(fa[0], fx.extract(va, Gazetteer.EMPTY)[0]);
        for (int[] f : fa) {
            for (int h : f) assertNotEquals(0, h);
        }
        int[][] fb = fx.extract(vb, Gazetteer.EMPTY);
        assertNotEquals(List.of(fa[3]), List.of(fb[3]), "the next character differs");
        assertArrayEquals(fa[8], fb[8], "same context, same features");
    }

    @Test
    void learnsItsTrainingSentences() {
        NerTagger tagger = new NerTagger(train(7), null);
        for (StockmarkCorpus.Sample s : sentences()) assertEquals(s.gold(), tagger.tagText(s.text()), s.text());
    }

    @Test
    void trainingIsReproducibleAndModelsRoundTrip() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        train(7).save(a);
        train(7).save(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
        NerModel loaded = NerModel.load(new ByteArrayInputStream(a.toByteArray()));
        NerTagger tagger = new NerTagger(loaded, null);
        assertTrue(loaded.featureCount() > 100);
        StockmarkCorpus.Sample s = sentences().get(1);
        assertEquals(s.gold(), tagger.tagText(s.text()));
    }

    @Test
    void scorerCountsStrictMatchesAndConfusions() {
        Scorer sc = new Scorer();
        sc.add(List.of(new Span(0, 4, NerClass.PERSON), new Span(5, 8, NerClass.LOCATION),
                new Span(10, 12, NerClass.COMPANY)),
                List.of(new Span(0, 4, NerClass.PERSON), new Span(5, 8, NerClass.FACILITY),
                        new Span(10, 13, NerClass.COMPANY), new Span(20, 22, NerClass.EVENT)));
        EvalResult r = sc.result();
        assertEquals(0.25, r.precision(), 1e-9);
        assertEquals(1.0 / 3, r.recall(), 1e-9);
        assertEquals(1, r.confusions().get("LOCATION → FACILITY"));
        assertEquals(1, r.boundaryErrors());
        assertEquals(1, r.spurious());
        assertTrue(r.toJsonLine().startsWith("{\"precision\":0.25,\"recall\":0.3333,\"f1\":"));
    }
}
