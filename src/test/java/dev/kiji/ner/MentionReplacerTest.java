package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mention replacement on invented sentences with small invented name pools. */
class MentionReplacerTest {
    private static final Map<NerClass, Set<String>> EXTERNAL = Map.of(
            NerClass.PERSON, Set.of("森野一郎", "エマ・ルイーズ"),
            NerClass.LOCATION, Set.of("白砂町", "ノルドラント"),
            NerClass.COMPANY, Set.of("株式会社ハヤテ電機"));


    private static List<StockmarkCorpus.Sample> corpus() {
        return List.of(
                TestSamples.sample(0, "川端夏美は港北市で生まれ、カモメ製菓に入社した。", "川端夏美", NerClass.PERSON, "港北市",
                        NerClass.LOCATION, "カモメ製菓", NerClass.COMPANY),
                TestSamples.sample(1, "ジョン・ホワイトが西浜町を訪れた。", "ジョン・ホワイト", NerClass.PERSON, "西浜町", NerClass.LOCATION),
                TestSamples.sample(2, "今日は晴れだった。"),
                TestSamples.sample(3, "大空運輸は北岬村に倉庫を持つ。", "大空運輸", NerClass.COMPANY, "北岬村", NerClass.LOCATION));
    }

    private static NamePools pools(List<StockmarkCorpus.Sample> train) {
        Map<NerClass, List<NamePools.Source>> ext = new EnumMap<>(NerClass.class);
        EXTERNAL.forEach((c, names) -> ext.put(c, List.of(NamePools.Source.of(names.stream().sorted().toList()))));
        return new NamePools(NamePools.trainNames(train), ext);
    }

    private static String textOf(StockmarkCorpus.Sample s, Span g) {
        return s.text().substring(g.start(), g.end());
    }

    @Test
    void copiesKeepContextTypesAndExactOffsets() {
        List<StockmarkCorpus.Sample> train = corpus();
        Augmentation a = new Augmentation(2, 0.7, 0.5, 0, false);
        List<StockmarkCorpus.Sample> out = new MentionReplacer(pools(train), a).augment(train, 42);
        assertEquals(train, out.subList(0, train.size()), "the originals come first, unchanged");
        assertEquals(train.size() + 2 * 3, out.size(), "two copies of each sentence with mentions, none of the other");
        Map<NerClass, List<String>> internal = NamePools.trainNames(train);
        for (StockmarkCorpus.Sample c : out.subList(train.size(), out.size())) {
            StockmarkCorpus.Sample orig = train.get(c.index());
            assertEquals(orig.gold().size(), c.gold().size());
            int changed = 0;
            for (int i = 0; i < c.gold().size(); i++) {
                Span o = orig.gold().get(i);
                Span g = c.gold().get(i);
                assertEquals(o.type(), g.type(), "a replacement keeps the class");
                String name = textOf(c, g);
                if (!name.equals(textOf(orig, o))) {
                    changed++;
                    boolean known = internal.get(g.type()).contains(name)
                            || EXTERNAL.getOrDefault(g.type(), Set.of()).contains(name);
                    assertTrue(known, name + " comes from a pool of class " + g.type());
                }
                // the text between mentions is the original context
                int prevEnd = i == 0 ? 0 : c.gold().get(i - 1).end();
                int origPrevEnd = i == 0 ? 0 : orig.gold().get(i - 1).end();
                assertEquals(orig.text().substring(origPrevEnd, o.start()), c.text().substring(prevEnd, g.start()));
            }
            Span lastC = c.gold().get(c.gold().size() - 1);
            Span lastO = orig.gold().get(orig.gold().size() - 1);
            assertEquals(orig.text().substring(lastO.end()), c.text().substring(lastC.end()));
            assertTrue(changed >= 1, "every copy replaces at least one mention: " + c.text());
        }
    }

    @Test
    void sameSeedSameCopiesOtherSeedOtherCopies() {
        List<StockmarkCorpus.Sample> train = corpus();
        Augmentation a = new Augmentation(2, 0.5, 0.5, 0, false);
        List<StockmarkCorpus.Sample> x = new MentionReplacer(pools(train), a).augment(train, 7);
        List<StockmarkCorpus.Sample> y = new MentionReplacer(pools(train), a).augment(train, 7);
        assertEquals(x, y);
        boolean differs = false;
        for (long seed = 8; seed < 12 && !differs; seed++) {
            differs = !x.equals(new MentionReplacer(pools(train), a).augment(train, seed));
        }
        assertTrue(differs, "another seed draws other names");
        // a sentence's copies do not depend on the other sentences of the list
        List<StockmarkCorpus.Sample> alone = new MentionReplacer(pools(train), a).augment(List.of(train.get(3)), 7);
        assertEquals(x.stream().filter(s -> s.index() == 3).toList(), alone);
    }

    @Test
    void probabilityOneReplacesEveryMentionWithAnotherName() {
        List<StockmarkCorpus.Sample> train = corpus();
        MentionReplacer r = new MentionReplacer(pools(train), new Augmentation(1, 1.0, 1.0, 0, false));
        StockmarkCorpus.Sample c = r.copy(train.get(0), new Random(1));
        for (int i = 0; i < c.gold().size(); i++) {
            String name = textOf(c, c.gold().get(i));
            assertNotEquals(textOf(train.get(0), train.get(0).gold().get(i)), name);
            assertTrue(EXTERNAL.get(c.gold().get(i).type()).contains(name), name);
        }
        assertTrue(c.text().endsWith("に入社した。"));
    }

    @Test
    void sameEdgesKeepsTheScriptAtBothEndsOfTheName() {
        List<StockmarkCorpus.Sample> train = corpus();
        MentionReplacer r = new MentionReplacer(pools(train), new Augmentation(1, 1.0, 1.0, 0, false, true));
        for (int seed = 0; seed < 20; seed++) {
            StockmarkCorpus.Sample kanji = r.copy(train.get(0), new Random(seed));
            assertEquals("森野一郎", textOf(kanji, kanji.gold().get(0)), "川端夏美 only by the kanji name");
            StockmarkCorpus.Sample kana = r.copy(train.get(1), new Random(seed));
            assertEquals("エマ・ルイーズ", textOf(kana, kana.gold().get(0)), "ジョン・ホワイト only by the katakana name");
        }
        assertEquals(MentionReplacer.edges("ＡＢＣ"), MentionReplacer.edges("xyz"), "width and case do not matter");
        assertNotEquals(MentionReplacer.edges("ABC社"), MentionReplacer.edges("ABC"));
    }

    @Test
    void noCopyWithoutMentionsOrWithOverlappingMentions() {
        MentionReplacer r = new MentionReplacer(pools(corpus()), new Augmentation(1, 1.0, 0.5, 0, false));
        assertNull(r.copy(corpus().get(2), new Random(1)));
        StockmarkCorpus.Sample nested = new StockmarkCorpus.Sample(9, "港北市立図書館に行く。",
                List.of(new Span(0, 7, NerClass.FACILITY), new Span(0, 3, NerClass.LOCATION)));
        assertNull(r.copy(nested, new Random(1)));
    }
}
