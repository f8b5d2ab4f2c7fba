package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tagging with fused template groups must see exactly the features training saw, summed in another order. */
class FusedTemplatesTest {
    private static final NerTagger TAGGER = NerTagger.loadDefault();
    private static final List<String> TEXTS = List.of(
            "岸田文雄首相は２０日、ワシントンでバイデン大統領と会談した。",
            "株式会社サクラ精機（東京都港区）のＡＩ部門は、新型ロボット「ハヤテ２」を発表した。",
            "ｗｗ…「テスト」ABC-123 ãé 𠮷野家、ﾊﾝｶｸｶﾅ。\n見出し\n\nMarton Dunay氏");

    private static List<CharView> views() {
        List<CharView> out = new ArrayList<>();
        for (String s : TEXTS) {
            for (List<Token> sentence : Sentences.split(NerTagger.tokenizeNormalized(s))) out.add(CharView.of(s, sentence));
        }
        return out;
    }

    @Test
    void fusedGroupsAreExactlyTheFeaturesTheyReplace() {
        FeatureExtractor fx = TAGGER.extractor();
        for (CharView v : views()) {
            FeatureRows plain = fx.extractRows(v, TAGGER.model().gazetteer);
            FeatureExtractor.Fused fused = fx.extractFused(v, TAGGER.model().gazetteer);
            for (int i = 0; i < v.length(); i++) {
                List<Integer> expected = new ArrayList<>();
                for (int p = plain.start()[i]; p < plain.start()[i + 1]; p++) expected.add(plain.flat()[p]);
                List<Integer> got = new ArrayList<>();
                for (int p = fused.rest().start()[i]; p < fused.rest().start()[i + 1]; p++) got.add(fused.rest().flat()[p]);
                for (int k : FusedTemplates.classKeys(fused.classIndex()[i])) got.add(k);
                for (int k : FusedTemplates.tokenKeys(fused.tokenIndex()[i])) got.add(k);
                expected.sort(null);
                got.sort(null);
                assertEquals(expected, got, v.text + " at " + i);
            }
        }
    }

    @Test
    void fusedEmissionsEqualPlainOnesUpToRounding() {
        NerModel m = TAGGER.model();
        for (CharView v : views()) {
            float[][] plain = m.emissions(TAGGER.extractor().extractRows(v, m.gazetteer));
            float[][] fused = m.emissions(TAGGER.extractor().extractFused(v, m.gazetteer));
            assertEquals(plain.length, fused.length);
            for (int i = 0; i < plain.length; i++) {
                assertEquals(plain[i].length, fused[i].length);
                for (int b = 0; b < plain[i].length; b++) {
                    float tolerance = 1e-4f * Math.max(1f, Math.abs(plain[i][b]));
                    assertTrue(Math.abs(plain[i][b] - fused[i][b]) <= tolerance,
                            v.text + " at " + i + " label " + b + ": " + Arrays.toString(plain[i]) + " vs " + Arrays.toString(fused[i]));
                }
            }
        }
    }
}
