package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Token;
import dev.kiji.eval.GoldDocument;
import dev.kiji.link.kb.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkEvaluatorTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());
    private static final String JA = "𠮷田町の話題\nバイデン大統領は東京で佐々木実さんと会った。バイデン氏は満足した。"
            + "新冠町とワシントンの農家も来た。";
    private static final String EN = "Biden meets farmer\nPresident Joe Biden met Minoru Sasaki in Tokyo. Later Biden left.";

    /** Surface → [type, gold entity, fictional] for the names in both articles. */
    private static final Map<String, String[]> GOLD = new LinkedHashMap<>();

    static {
        GOLD.put("バイデン大統領", new String[] {"PERSON", "wd:Q6279", "false"});
        GOLD.put("東京", new String[] {"LOCATION", "wd:Q1490", "false"});
        GOLD.put("佐々木実さん", new String[] {"PERSON", "nil:farmer", "true"});
        GOLD.put("バイデン氏", new String[] {"PERSON", "wd:Q6279", "false"});
        GOLD.put("President Joe Biden", new String[] {"PERSON", "wd:Q6279", "false"});
        GOLD.put("Minoru Sasaki", new String[] {"PERSON", "nil:farmer", "true"});
        GOLD.put("Tokyo", new String[] {"LOCATION", "wd:Q1490", "false"});
        GOLD.put("Later Biden", new String[] {"PERSON", "wd:Q6279", "false"});
        // real entities outside the KB: a small town (the linker leaves it NIL) and Washington State,
        // which the linker takes for the KB's Washington, D.C.
        GOLD.put("新冠町", new String[] {"LOCATION", "kb:location:niikappu", "false"});
        GOLD.put("ワシントン", new String[] {"LOCATION", "kb:location:washington_state", "false"});
    }

    private static void writeGold(Path root, String lang, String text) throws IOException {
        Path article = root.resolve("articles/" + lang + "/p01.txt");
        Files.createDirectories(article.getParent());
        Files.writeString(article, text, StandardCharsets.UTF_8);
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Map.Entry<String, String[]> g : GOLD.entrySet()) {
            String surface = g.getKey().startsWith("Later ") ? "Biden" : g.getKey();
            int at = g.getKey().startsWith("Later ") ? text.lastIndexOf(surface) : text.indexOf(surface);
            if (at < 0) {
                continue;
            }
            int cp = text.codePointCount(0, at);
            mentions.add(Map.of("start", cp, "end", cp + surface.codePointCount(0, surface.length()), "text", surface,
                    "type", g.getValue()[0], "entity", g.getValue()[1]));
        }
        List<Map<String, Object>> entities = List.of(
                Map.of("id", "wd:Q6279", "type", "PERSON", "name", "Joe Biden", "fictional", false),
                Map.of("id", "wd:Q1490", "type", "LOCATION", "name", "Tokyo", "fictional", false),
                Map.of("id", "nil:farmer", "type", "PERSON", "name", "Minoru Sasaki", "fictional", true),
                Map.of("id", "kb:location:niikappu", "type", "LOCATION", "name", "Niikappu", "fictional", false),
                Map.of("id", "kb:location:washington_state", "type", "LOCATION", "name", "Washington", "fictional",
                        false));
        Map<String, Object> gold = Map.of("article", "articles/" + lang + "/p01.txt", "lang", lang, "pair", "p01",
                "entities", entities, "mentions", mentions);
        Path out = root.resolve("gold/" + lang + "/p01.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().writeValue(out.toFile(), gold);
    }

    /** A stand-in pipeline: finds the known names (but misses the last English "Biden") and links. */
    private static Document annotate(Path article) {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            String lang = text.equals(JA) ? "ja" : "en";
            List<Mention> ms = new ArrayList<>();
            for (Map.Entry<String, String[]> g : GOLD.entrySet()) {
                int at = text.indexOf(g.getKey());
                if (at >= 0) {
                    ms.add(Mention.of(new CharSpan(at, at + g.getKey().length()), text,
                            EntityType.valueOf(g.getValue()[0]), null, null));
                }
            }
            ms.sort((a, b) -> a.span().compareTo(b.span()));
            List<Token> toks = new ArrayList<>();
            int s = text.indexOf("佐々木実");
            if (s >= 0) {
                toks.add(new Token(new CharSpan(s, s + 3), "佐々木", "佐々木", "名詞-固有名詞-人名-姓", "ササキ"));
                toks.add(new Token(new CharSpan(s + 3, s + 4), "実", "実", "名詞-固有名詞-人名-名", "ミノル"));
            }
            Document d = Document.create(article.getFileName().toString(), "test", text.substring(0, text.indexOf('\n')),
                    null, null, lang, text).withLang(lang).withTokens(toks).withMentions(ms);
            return LINKER.process(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void scoresBothModesOnAPair(@TempDir Path root) throws IOException {
        writeGold(root, "ja", JA);
        writeGold(root, "en", EN);
        LinkReport r = LinkEvaluator.of(root.resolve("gold"), LinkEvaluatorTest::annotate, LINKER).evaluate();
        assertEquals(2, r.documents());
        assertEquals(0, r.goldMentionsSkipped());
        LinkReport.Scores g = r.goldMentions();
        assertEquals(1.0, g.b3Precision());
        assertEquals(1.0, g.b3Recall());
        assertEquals(4, g.kbTotal(), "entities outside the KB are not in the linking accuracy");
        assertEquals(4, g.kbCorrect());
        assertEquals(2, g.nilCorrect());
        assertEquals(2, g.outsideKbMentions());
        assertEquals(1, g.outsideKbNil());
        assertEquals(1, g.outsideKbLinked());
        assertEquals(3, g.pairTotal());
        assertEquals(3, g.pairAgree());
        LinkReport.Scores e = r.endToEnd();
        assertEquals(1.0, e.b3Precision());
        assertEquals(0.9, e.b3Recall(), "one of 10 gold mentions (the last English Biden) not found");
        assertEquals(1, e.outsideKbNil());
        assertEquals(1, e.outsideKbLinked());
        assertEquals(1.0, e.crossLingualAgreement());
        assertTrue(r.toText().contains("B-cubed cluster P/R/F1"), r.toText());
        assertTrue(r.toText().contains("real entities outside the KB: 2 mentions, of which the system left NIL: 1"),
                r.toText());
        Map<?, ?> json = new ObjectMapper().readValue(r.toJsonLine(), Map.class);
        assertEquals(2, json.get("documents"));
        assertEquals(1, ((Map<?, ?>) json.get("goldMentions")).get("outsideKbLinked"));
        assertTrue(!r.toJsonLine().contains("\n"));
        System.out.print(r.toText());
    }

    @Test
    void kbEntityIdsAreTheKbIdsAndTheQids() {
        var ids = LinkEvaluator.entityIds(KnowledgeBase.shared());
        assertTrue(ids.contains("kb:person:joe_biden") && ids.contains("wd:Q6279"));
        assertTrue(ids.contains("kb:person:fumio_kishida"));
        assertTrue(!ids.contains("kb:location:niikappu") && !ids.contains("wd:Q1"));
    }

    @Test
    void codePointOffsetsBecomeUtf16Spans() {
        assertEquals(new CharSpan(2, 4), mention(1, 3, "田町").span("𠮷田町"));
        assertEquals(null, mention(2, 9, "c").span("abc"));
        assertEquals(null, mention(0, 1, "x").span("abc"), "offsets that do not cover the text");
    }

    private static GoldDocument.GoldMention mention(int start, int end, String text) {
        return new GoldDocument.GoldMention(start, end, text, EntityType.LOCATION, null, null, "kb:loc:x");
    }
}
