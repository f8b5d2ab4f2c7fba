package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The span typer on invented sentences, over a tiny tagger trained without the shipped model. */
class SpanTyperTest {
    private static final FeatureConfig TINY = new FeatureConfig(2, true, false, true, false, false);
    private static final int GROUPS = SpanFeatures.BASE | SpanFeatures.TAGGER;

    private static NerTagger tinyTagger() {
        FeatureExtractor fx = new FeatureExtractor(TINY, null);
        return new NerTagger(PerceptronTrainer.train(NerTrainer.examples(TinyTrainingTest.sentences(), fx, false), TINY,
                Gazetteer.EMPTY, new PerceptronTrainer.Params(12, 1, 7), null), null);
    }

    private static List<TyperData.Sentence> decoded() {
        NerTagger tagger = tinyTagger();
        return TyperData.decode(TinyTrainingTest.sentences(), k -> tagger);
    }

    private static SpanTyper trainTiny(List<TyperData.Sentence> data) {
        return TyperTraining.train(data, new TyperTraining.Settings(GROUPS, TyperData.Source.GOLD, 10, 0f, false,
                TyperTraining.Learner.PERCEPTRON, 0, 0), null, 3);
    }

    @Test
    void learnsTheClassesOfItsTrainingSpans() {
        List<TyperData.Sentence> data = decoded();
        SpanTyper typer = trainTiny(data);
        int spans = 0;
        for (TyperData.Sentence s : data) {
            for (Span g : s.gold()) {
                SpanFeatures.Context c = typer.context(s.decoded(), new Span(g.start(), g.end(), NerClass.LOCATION));
                assertEquals(g.type(), typer.classify(c), s.decoded().view().text);
                spans++;
            }
        }
        assertEquals(9, spans);
    }

    @Test
    void overridesTheTaggerOnlyBeyondTheMargin() {
        float[] sc = new float[NerClass.values().length];
        sc[NerClass.COMPANY.ordinal()] = 5;
        sc[NerClass.PERSON.ordinal()] = 2;
        assertEquals(NerClass.COMPANY, SpanTyper.decide(sc, NerClass.PERSON, 2.5f));
        assertEquals(NerClass.PERSON, SpanTyper.decide(sc, NerClass.PERSON, 3f));
        assertEquals(NerClass.COMPANY, SpanTyper.decide(sc, NerClass.COMPANY, 100f));
    }

    @Test
    void roundTripsWithItsGroupsAndMargin() throws IOException {
        List<TyperData.Sentence> data = decoded();
        SpanTyper typer = trainTiny(data).withMargin(1.5f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        typer.write(new DataOutputStream(bytes));
        SpanTyper back = SpanTyper.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), false);
        assertEquals(GROUPS, back.groups());
        assertEquals(1.5f, back.margin());
        assertTrue(back.size() > 20);
        for (TyperData.Sentence s : data) {
            for (Span p : s.decoded().spans()) {
                SpanFeatures.Context c = typer.context(s.decoded(), p);
                assertArrayEquals(typer.scores(c), back.scores(back.context(s.decoded(), p)));
            }
        }
        byte[] b = bytes.toByteArray();
        b[3] = 9; // format 9
        assertThrows(IOException.class, () -> SpanTyper.read(new DataInputStream(new ByteArrayInputStream(b)), false));
    }

    @Test
    void readsTheBareRowsOfVersion3Models() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(12345);
        for (int k = 0; k < NerClass.values().length; k++) out.writeFloat(k);
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
        float[] row = new float[NerClass.values().length];
        row[NerClass.EVENT.ordinal()] = 2.5f;
        m = m.withTyper(new SpanTyper(SpanFeatures.LEGACY, SpanTyper.LEGACY_MARGIN, Map.of(4242, row), null));
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
