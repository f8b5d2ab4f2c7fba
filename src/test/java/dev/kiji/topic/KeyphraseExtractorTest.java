package dev.kiji.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.KeyPhrase;
import dev.kiji.doc.Layer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {
    private static final KeyphraseExtractor EXTRACTOR = new KeyphraseExtractor();

    private static final String JA = "政府は2024年3月5日、新たな安全保障提案を発表した。安全保障提案には防衛装備の輸出規制の緩和が"
            + "含まれる。専門家は安全保障提案の影響を注視しており、これについて野党は国会での説明を求めた。";

    @Test
    void japaneseCompoundNounsAreFormed() {
        List<KeyPhrase> ks = EXTRACTOR.extract(KuromojiTestTokens.japanese("k", JA));
        List<String> texts = ks.stream().map(KeyPhrase::text).toList();
        assertEquals("安全保障提案", texts.get(0), texts::toString);
        assertTrue(texts.contains("輸出規制") || texts.contains("防衛装備"), texts::toString);
        assertWellFormed(ks);
    }

    @Test
    void noNumbersDatesOrFunctionWords() {
        List<String> texts = EXTRACTOR.extract(KuromojiTestTokens.japanese("k", JA)).stream().map(KeyPhrase::text)
                .toList();
        for (String t : texts) {
            assertFalse(t.matches(".*[0-9０-９].*"), t);
            assertFalse(Set.of("これ", "こと", "ため", "年", "月", "日").contains(t), t);
        }
        List<String> en = EXTRACTOR.extract(english()).stream().map(KeyPhrase::text).toList();
        for (String t : en) {
            assertFalse(t.equalsIgnoreCase("march") || t.matches(".*\\d.*") || t.equals("the"), t);
        }
    }

    @Test
    void englishAdjectiveNounPhrasesUseLemmas() {
        List<KeyPhrase> ks = EXTRACTOR.extract(english());
        List<String> texts = ks.stream().map(KeyPhrase::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("economic sanction")), texts::toString);
        assertTrue(texts.contains("energy export"), texts::toString);
        assertWellFormed(ks);
    }

    @Test
    void atMostTenDeduplicatedAndDeterministic() {
        StringBuilder sb = new StringBuilder();
        String[] nouns = {"経済政策", "金融緩和", "貿易摩擦", "輸出企業", "半導体産業", "労働市場", "物価上昇", "財政赤字",
            "税制改正", "設備投資", "個人消費", "住宅市場", "為替相場", "原油価格"};
        for (String n : nouns) {
            sb.append(n).append("について話し合った。");
        }
        sb.append("経済政策がまた話し合われた。");
        Document d = KuromojiTestTokens.japanese("many", sb.toString());
        List<KeyPhrase> a = EXTRACTOR.extract(d);
        assertEquals(KeyphraseExtractor.MAX_PHRASES, a.size());
        assertEquals(a, new KeyphraseExtractor().extract(d));
        assertEquals("経済政策", a.get(0).text(), "the repeated phrase ranks first");
        assertWellFormed(a);
    }

    @Test
    void acronymsStayButDomainFragmentsAndGenericNounsGo() {
        Document d = KuromojiTestTokens.japanese("a", "AI研究の拠点を新設した。詳しい内容はexample.jpで公開する。AIの倫理指針も示した。");
        List<String> texts = EXTRACTOR.extract(d).stream().map(KeyPhrase::text).toList();
        assertTrue(texts.contains("AI") || texts.contains("AI研究"), texts::toString);
        assertFalse(texts.contains("jp"), texts::toString);
        assertFalse(texts.contains("内容"), texts::toString);
    }

    @Test
    void stageContract() {
        assertEquals("keyphrases", EXTRACTOR.name());
        assertEquals(Set.of(Layer.TOKENS), EXTRACTOR.requires());
        assertEquals(Set.of(Layer.KEYPHRASES), EXTRACTOR.produces());
        assertTrue(EXTRACTOR.process(KuromojiTestTokens.japanese("e", "。")).keyphrases().isEmpty());
    }

    private static Document english() {
        return EnglishTestTokens.tagged("The/DT foreign/JJ ministers/NNS/minister discussed/VBD/discuss new/JJ "
                + "economic/JJ sanctions/NNS/sanction on/IN 12/CD March/NNP ./. Economic/JJ sanctions/NNS/sanction "
                + "would/MD hit/VB energy/NN exports/NNS/export and/CC the/DT energy/NN exports/NNS/export "
                + "of/IN Russia/NNP ./.");
    }

    static void assertWellFormed(List<KeyPhrase> ks) {
        assertFalse(ks.isEmpty());
        assertTrue(ks.size() <= KeyphraseExtractor.MAX_PHRASES);
        assertEquals(1.0, ks.get(0).score(), 1e-9);
        for (int i = 0; i < ks.size(); i++) {
            KeyPhrase k = ks.get(i);
            assertTrue(k.score() > 0 && k.score() <= 1, k::toString);
            if (i > 0) {
                assertTrue(ks.get(i - 1).score() >= k.score(), ks::toString);
            }
            for (int j = 0; j < ks.size(); j++) {
                String other = KeyphraseExtractor.fold(ks.get(j).text());
                assertTrue(i == j || !other.contains(KeyphraseExtractor.fold(k.text())), () -> "duplicate in " + ks);
            }
        }
    }
}
