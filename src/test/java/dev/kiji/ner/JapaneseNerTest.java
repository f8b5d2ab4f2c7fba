package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped model on invented news sentences. */
class JapaneseNerTest {
    private static final JapaneseNer NER = new JapaneseNer();

    private static Optional<Mention> find(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Mention only(String sentence, String name) {
        List<Mention> ms = NER.mentions(sentence);
        for (Mention m : ms) assertEquals(m.text(), m.span().slice(sentence), "text is the exact slice");
        return find(ms, name).orElseThrow(() -> new AssertionError(name + " not in " + ms));
    }

    @Test
    void honorificAndTitleStayOutsideKatakanaNames() {
        String s = "ブリンケン米国務長官は、記者団の質問に答えた。";
        Mention m = only(s, "ブリンケン");
        assertEquals(EntityType.PERSON, m.type());
        assertEquals(new CharSpan(0, 5), m.span());
        String t = "昨日、ガルシア氏は記者会見で辞任を表明した。";
        Mention g = only(t, "ガルシア");
        assertEquals(new CharSpan(3, 7), g.span());
        assertEquals(EntityType.PERSON, g.type());
    }

    @Test
    void fullWidthAcronymKeepsOriginalOffsets() {
        String s = "ＮＡＴＯの加盟国は、首脳会議で合意した。";
        Mention m = only(s, "ＮＡＴＯ");
        assertEquals(new CharSpan(0, 4), m.span());
        assertEquals(EntityType.ORGANIZATION, m.type());
    }

    @Test
    void companiesMinistriesAndTheUn() {
        Mention c = only("株式会社サクラ精機は、新工場を建設すると発表した。", "株式会社サクラ精機");
        assertEquals(EntityType.ORGANIZATION, c.type());
        assertEquals(Subtype.COMPANY, c.subtype());
        List<Mention> ms = NER.mentions("外務省は、国連の会合に代表団を派遣した。");
        assertEquals(Subtype.POLITICAL, find(ms, "外務省").orElseThrow().subtype());
        assertEquals(EntityType.ORGANIZATION, find(ms, "国連").orElseThrow().type());
    }

    @Test
    void fullNamesWithMiddleDotAndLatinNames() {
        Mention m = only("ジョー・バイデン大統領はホワイトハウスで演説した。", "ジョー・バイデン");
        assertEquals(EntityType.PERSON, m.type());
        List<Mention> ms = NER.mentions("Apple のティム・クック CEO が来日した。");
        assertTrue(ms.stream().noneMatch(x -> x.text().contains(" の")), "no mention across a space: " + ms);
        assertEquals(EntityType.PERSON, find(ms, "ティム・クック").orElseThrow().type());
    }

    @Test
    void stageAddsMentionsToTokenizedDocument() {
        String text = "ＮＡＴＯ本部でガルシア氏が演説した。\n東京都内では株式会社サクラ精機が新製品を発表した。";
        Document doc = Document.create("d1", "test", null, null, null, "ja", text)
                .withTokens(NerTagger.tokenizeNormalized(text));
        Document out = NER.process(doc);
        assertTrue(out.layers().contains(Layer.MENTIONS));
        assertEquals("ner-ja", NER.name());
        List<Mention> ms = out.mentions();
        assertFalse(ms.isEmpty());
        for (Mention m : ms) assertEquals(m.span().slice(text), m.text());
        assertTrue(find(ms, "ガルシア").isPresent(), ms.toString());
        assertTrue(find(ms, "株式会社サクラ精機").isPresent(), ms.toString());
        for (int i = 1; i < ms.size(); i++) assertTrue(ms.get(i - 1).span().compareTo(ms.get(i).span()) <= 0);
    }

    @Test
    void existingValueMentionsAreKept() {
        String text = "ガルシア氏は5月3日に来日した。";
        Mention date = Mention.of(new CharSpan(6, 10), text, EntityType.DATE, null, "XXXX-05-03");
        Document doc = Document.create("d2", "test", null, null, null, "ja", text)
                .withTokens(NerTagger.tokenizeNormalized(text)).withMentions(List.of(date));
        List<Mention> ms = NER.process(doc).mentions();
        assertTrue(ms.contains(date));
        assertTrue(ms.stream().noneMatch(m -> m != date && m.span().overlaps(date.span())));
    }

    @Test
    void loadsFromFilesystemAndClasspath() throws IOException {
        JapaneseNer fs = new JapaneseNer(Path.of("models/ner-ja"), Path.of("models/enamdict"));
        String s = "ＮＡＴＯの加盟国は、首脳会議で合意した。";
        assertEquals(NER.mentions(s), fs.mentions(s));
        try (URLClassLoader cl = new URLClassLoader(new URL[] {Path.of("").toAbsolutePath().toUri().toURL()}, null)) {
            NerTagger t = NerTagger.loadResource(cl, NameDictionary.loadResource(cl));
            assertEquals(NER.mentions(s), new JapaneseNer(t).mentions(s));
        }
    }

    @Test
    void evaluatesAgainstGoldCorpus(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("articles/ja"));
        Files.createDirectories(root.resolve("gold"));
        String text = "𠮷田ホールディングスの山川社長と、ＮＡＴＯのガルシア氏が会談した。";
        Files.writeString(root.resolve("articles/ja/a.txt"), text);
        int nato = text.codePointCount(0, text.indexOf("ＮＡＴＯ"));
        int garcia = text.codePointCount(0, text.indexOf("ガルシア"));
        Files.writeString(root.resolve("gold/a.json"), "{\"article\":\"articles/ja/a.txt\",\"lang\":\"ja\",\"mentions\":["
                + "{\"start\":" + nato + ",\"end\":" + (nato + 4) + ",\"text\":\"ＮＡＴＯ\",\"type\":\"ORGANIZATION\",\"subtype\":\"POLITICAL\"},"
                + "{\"start\":" + garcia + ",\"end\":" + (garcia + 4) + ",\"text\":\"ガルシア\",\"type\":\"PERSON\"},"
                + "{\"start\":0,\"end\":2,\"text\":\"x\",\"type\":\"DATE\"}]}");
        Files.createDirectories(root.resolve("heldout/gold")); // a sibling gold set must not be read
        Files.writeString(root.resolve("heldout/gold/b.json"), "{\"article\":\"articles/ja/missing.txt\",\"lang\":\"ja\",\"mentions\":[]}");
        int natoUtf16 = text.indexOf("ＮＡＴＯ");
        EvalResult r = NerEvaluator.evaluateGold(root.resolve("gold"), t -> List.of(
                Mention.of(new CharSpan(natoUtf16, natoUtf16 + 4), t, EntityType.ORGANIZATION, Subtype.POLITICAL, null),
                Mention.of(new CharSpan(0, 3), t, EntityType.DATE, null, "2020")));
        assertEquals(2, r.overall().gold());
        assertEquals(1, r.overall().predicted());
        assertEquals(1, r.overall().correct());
    }
}
