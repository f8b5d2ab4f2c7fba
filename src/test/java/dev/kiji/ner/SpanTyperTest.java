package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The span typer on invented sentences, without the shipped model. */
class SpanTyperTest {
    private static final int K = NerClass.values().length;
    private static final int GROUPS = SpanFeatures.BASE | SpanFeatures.SENTENCE;

    private static SpanTyper trainTiny(TyperTraining.Learner learner) {
        TyperTraining.Settings s = new TyperTraining.Settings(GROUPS, learner, 10, 0.1, 1e-4, 1f);
        return TyperTraining.train(TinyTrainingTest.sentences(), s, null, 3);
    }

    @Test
    void bothLearnersLearnTheClassesOfTheirTrainingSpans() {
        List<TyperTraining.Labelled> spans = TyperTraining.goldSpans(TinyTrainingTest.sentences());
        assertEquals(9, spans.size());
        for (TyperTraining.Learner learner : TyperTraining.Learner.values()) {
            SpanTyper typer = trainTiny(learner);
            for (TyperTraining.Labelled l : spans) {
                Span s = l.span();
                assertEquals(s.type(), typer.classify(l.view(), s.start(), s.end()), learner + " " + l.view().text);
                NerClass wrong = s.type() == NerClass.LOCATION ? NerClass.PRODUCT : NerClass.LOCATION;
                assertEquals(s.type(), typer.withMargin(0f).decide(l.view(), new Span(s.start(), s.end(), wrong)));
                assertEquals(wrong, typer.withMargin(1e9f).decide(l.view(), new Span(s.start(), s.end(), wrong)));
            }
        }
    }

    @Test
    void sentenceWordsChangeTheFeatures() {
        String a = "ミドリ工業の社員は昨日から長い休みに入ったが、選手は試合に出た。";
        String b = "ミドリ工業の社員は昨日から長い休みに入ったが、株価は大きく上がった。";
        CharView va = CharView.of(a, NerTagger.tokenizeNormalized(a));
        CharView vb = CharView.of(b, NerTagger.tokenizeNormalized(b));
        assertArrayEquals(SpanFeatures.extract(SpanFeatures.BASE, va, 0, 5, null),
                SpanFeatures.extract(SpanFeatures.BASE, vb, 0, 5, null), "no difference within five tokens of the span");
        assertNotEquals(List.of(SpanFeatures.extract(GROUPS, va, 0, 5, null)),
                List.of(SpanFeatures.extract(GROUPS, vb, 0, 5, null)));
    }

    @Test
    void overridesTheTaggerOnlyBeyondTheMargin() {
        float[] sc = new float[K];
        sc[NerClass.COMPANY.ordinal()] = 5;
        sc[NerClass.PERSON.ordinal()] = 2;
        assertEquals(NerClass.COMPANY, SpanTyper.decide(sc, NerClass.PERSON, 2.5f));
        assertEquals(NerClass.PERSON, SpanTyper.decide(sc, NerClass.PERSON, 3f));
        assertEquals(NerClass.COMPANY, SpanTyper.decide(sc, NerClass.COMPANY, 100f));
    }

    @Test
    void roundTripsWithItsGroupsAndMargin() throws IOException {
        SpanTyper typer = trainTiny(TyperTraining.Learner.LOGISTIC).withMargin(1.5f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        typer.write(new DataOutputStream(bytes));
        SpanTyper back = SpanTyper.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), false);
        assertEquals(GROUPS, back.groups());
        assertEquals(1.5f, back.margin());
        assertEquals(typer.size(), back.size());
        assertTrue(back.size() > 20);
        for (TyperTraining.Labelled l : TyperTraining.goldSpans(TinyTrainingTest.sentences())) {
            assertArrayEquals(typer.scores(l.view(), l.span().start(), l.span().end()),
                    back.scores(l.view(), l.span().start(), l.span().end()));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.write(new DataOutputStream(again));
        assertArrayEquals(bytes.toByteArray(), again.toByteArray());
        byte[] b = bytes.toByteArray();
        b[3] = 9; // format 9
        assertThrows(IOException.class, () -> SpanTyper.read(new DataInputStream(new ByteArrayInputStream(b)), false));
    }

    @Test
    void trainingIsReproducible() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        trainTiny(TyperTraining.Learner.LOGISTIC).write(new DataOutputStream(a));
        trainTiny(TyperTraining.Learner.LOGISTIC).write(new DataOutputStream(b));
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void readsTheBareRowsOfVersion3Models() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(12345);
        for (int k = 0; k < K; k++) out.writeFloat(k);
        SpanTyper t = SpanTyper.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true);
        assertEquals(SpanFeatures.LEGACY, t.groups());
        assertEquals(SpanTyper.LEGACY_MARGIN, t.margin());
        assertEquals(7f, t.scores(new int[] {12345, 99})[7]);
    }

    @Test
    void modelsOfVersion3StillLoad() throws IOException {
        FeatureConfig withTyper = new FeatureConfig(2, true, false, true, false, true);
        FeatureExtractor fx = new FeatureExtractor(withTyper, null);
        NerModel m = PerceptronTrainer.train(NerTrainer.examples(TinyTrainingTest.sentences(), fx, false), withTyper,
                Gazetteer.EMPTY, new PerceptronTrainer.Params(3, 1, 7), null);
        float[] row = new float[K];
        row[NerClass.EVENT.ordinal()] = 2.5f;
        m = m.withTyper(new SpanTyper(SpanFeatures.LEGACY, SpanTyper.LEGACY_MARGIN, new LinearRows(K, Map.of(4242, row)),
                null));
        ByteArrayOutputStream v4 = new ByteArrayOutputStream();
        m.save(v4);
        byte[] raw = new GZIPInputStream(new ByteArrayInputStream(v4.toByteArray())).readAllBytes();
        assertEquals(NerModel.VERSION, ByteBuffer.wrap(raw, 4, 4).getInt());
        // version 3: the same bytes without the typer's format, groups and margin (12 bytes)
        int typerAt = 4 * 5 + 4 * (m.numLabels + 1) * m.numLabels + 4;
        assertEquals(SpanTyper.FORMAT, ByteBuffer.wrap(raw, typerAt, 4).getInt());
        ByteArrayOutputStream v3 = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(v3)) {
            z.write(raw, 0, 4);
            z.write(new byte[] {0, 0, 0, 3});
            z.write(raw, 8, typerAt - 8);
            z.write(raw, typerAt + 12, raw.length - typerAt - 12);
        }
        NerModel old = NerModel.load(new ByteArrayInputStream(v3.toByteArray()));
        assertEquals(SpanFeatures.LEGACY, old.typer.groups());
        assertEquals(SpanTyper.LEGACY_MARGIN, old.typer.margin());
        assertEquals(2.5f, old.typer.scores(new int[] {4242})[NerClass.EVENT.ordinal()]);
        assertEquals(m.weightCount(), old.weightCount());
        raw[7] = 2;
        ByteArrayOutputStream v2 = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(v2)) {
            z.write(raw);
        }
        assertThrows(IOException.class, () -> NerModel.load(new ByteArrayInputStream(v2.toByteArray())));
    }
}
