package dev.kiji.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.Pipelines;
import dev.kiji.SchemaValidator;
import dev.kiji.io.InputReader;
import dev.kiji.io.OutputOptions;
import dev.kiji.io.ReadOptions;
import dev.kiji.io.ReadResult;
import dev.kiji.io.RecordWriter;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed sample end to end: one schema-valid record with exact offsets and the key entities. */
class SeedArticleTest {
    static final String SEED = "test-corpus/seed/000_645b275b415bbc2c.txt";
    static JsonNode record;
    static String text;
    static int[] cps;

    @BeforeAll
    static void annotate() throws Exception {
        Pipeline p = Pipelines.standard();
        Iterator<ReadResult> it = new InputReader(ReadOptions.defaults()).read(List.of(SEED), System.in);
        ReadResult r = it.next();
        assertTrue(!it.hasNext(), "one article");
        Outcome o = p.run(((ReadResult.Ok) r).document());
        assertTrue(o instanceof Outcome.Annotated, o.toString());
        byte[] bytes = new RecordWriter(OutputOptions.defaults()).document(((Outcome.Annotated) o).document(), 0);
        String line = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(SchemaValidator.validate(line).isEmpty(), () -> SchemaValidator.validate(line).toString());
        record = new ObjectMapper().readTree(line);
        text = record.get("text").asText();
        cps = text.codePoints().toArray();
    }

    private static String slice(JsonNode span) {
        int s = span.get("start").asInt();
        int e = span.get("end").asInt();
        return new String(cps, s, e - s);
    }

    @Test
    void isJapanese() {
        assertEquals("ja", record.get("lang").asText());
    }

    @Test
    void sentencesCoverEveryNonSpaceCharacterOnce() {
        int[] covered = new int[cps.length];
        int prevEnd = 0;
        for (JsonNode s : record.get("sentences")) {
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            assertTrue(start >= prevEnd && end > start, "ordered, non-empty sentences");
            prevEnd = end;
            for (int i = start; i < end; i++) {
                covered[i]++;
            }
        }
        for (int i = 0; i < cps.length; i++) {
            if (!Character.isWhitespace(cps[i]) && cps[i] != 0x3000) {
                assertEquals(1, covered[i], "char " + i + " '" + Character.toString(cps[i]) + "'");
            }
        }
    }

    @Test
    void mentionOffsetsSliceTheText() {
        assertTrue(record.get("mentions").size() > 20);
        for (JsonNode m : record.get("mentions")) {
            assertEquals(m.get("text").asText(), slice(m));
        }
    }

    @Test
    void findsTheKeyEntitiesWithFittingTypes() {
        Map<String, String> typeOf = new HashMap<>();
        for (JsonNode m : record.get("mentions")) {
            typeOf.putIfAbsent(m.get("text").asText(), m.get("type").asText());
        }
        assertEquals("PERSON", typeOf.get("バイデン"));
        assertEquals("PERSON", typeOf.get("プーチン"));
        assertEquals("ORGANIZATION", typeOf.get("NATO"));
        assertEquals("LOCATION", typeOf.get("ウクライナ"));
        assertTrue("PERSON".equals(typeOf.get("岸田文雄")) || "PERSON".equals(typeOf.get("岸田")), typeOf.toString());
    }

    @Test
    void everyNamedMentionPointsAtAnEntity() {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode e : record.get("entities")) {
            counts.put(e.get("id").asText(), e.get("mentions").asInt());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode m : record.get("mentions")) {
            boolean value = List.of("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY").contains(m.get("type").asText());
            if (!value) {
                String id = m.get("entity").asText();
                assertTrue(counts.containsKey(id), "mention entity " + id + " is listed");
                seen.merge(id, 1, Integer::sum);
            }
        }
        assertEquals(counts, seen, "entity mention counts match");
    }

    private static Map<String, java.util.Set<String>> entitiesByMentionText() {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        for (JsonNode m : record.get("mentions")) {
            out.computeIfAbsent(m.get("text").asText(), k -> new java.util.TreeSet<>()).add(m.get("entity").asText());
        }
        return out;
    }

    @Test
    void linksMentionsToOneEntityEachWithPinnedIds() {
        Map<String, java.util.Set<String>> ids = entitiesByMentionText();
        assertEquals(java.util.Set.of("wd:Q6279"), ids.get("バイデン"));
        assertEquals(java.util.Set.of("wd:Q6279"), ids.get("ジョー・バイデン"));
        assertEquals(java.util.Set.of("wd:Q7747"), ids.get("プーチン"));
        assertEquals(java.util.Set.of("wd:Q7184"), ids.get("NATO"));
        assertEquals(java.util.Set.of("wd:Q212"), ids.get("ウクライナ"));
        assertEquals(java.util.Set.of("wd:Q159"), ids.get("ロシア"));
        assertEquals(java.util.Set.of("wd:Q30"), ids.get("米国"));
        assertEquals(ids.get("ブリンケン"), ids.get("アントニー・ブリンケン"));
        assertEquals(ids.get("ブリンケン"), ids.get("ブリンキン"), "the misspelling joins its entity");
        assertEquals(ids.get("ラブロフ"), ids.get("セルゲイ・ラブロフ"));
    }
}
