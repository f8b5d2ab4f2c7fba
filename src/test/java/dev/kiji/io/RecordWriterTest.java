package dev.kiji.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.SchemaValidator;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Sentence;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    // 𠮷 (U+20BB7) and 😀 (U+1F600) are outside the BMP: two UTF-16 units, one code point each.
    private static final String TEXT = "𠮷野家😀の前でＮＡＴＯ事務総長が話した。";

    private static Document doc() {
        int nato = TEXT.indexOf("ＮＡＴＯ");
        Mention m = Mention.of(new CharSpan(nato, nato + 4), TEXT, EntityType.ORGANIZATION, Subtype.POLITICAL, null)
                .withEntity("wd:Q7184");
        Mention shop = Mention.of(new CharSpan(0, 4), TEXT, EntityType.ORGANIZATION, Subtype.COMPANY, null)
                .withEntity("nil:name:yoshinoya");
        return Document.create("a1", "dir/a1.txt", "見出し", "2022-01-21", null, null, TEXT)
                .withLang("ja")
                .withSentences(List.of(new Sentence(new CharSpan(0, TEXT.length()))))
                .withTokens(List.of(new Token(new CharSpan(nato, nato + 4), "ＮＡＴＯ", "ＮＡＴＯ", "名詞-固有名詞-組織", null)))
                .withEntities(List.of(shop, m), List.of(
                        new Entity("wd:Q7184", EntityType.ORGANIZATION, Subtype.POLITICAL, "NATO", "北大西洋条約機構", "Q7184",
                                0.123456, 1),
                        new Entity("nil:name:yoshinoya", EntityType.ORGANIZATION, Subtype.COMPANY, "Yoshinoya",
                                "𠮷野家", null, 0.5, 1)));
    }

    private static JsonNode write(OutputOptions o) throws Exception {
        byte[] bytes = new RecordWriter(o).document(doc(), 7);
        String line = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(line.endsWith("\n"));
        assertTrue(SchemaValidator.validate(line).isEmpty(), () -> SchemaValidator.validate(line).toString());
        return JSON.readTree(line);
    }

    @Test
    void codePointOffsetsSliceTextAsPythonWould() throws Exception {
        JsonNode r = write(OutputOptions.defaults());
        JsonNode nato = r.get("mentions").get(1);
        int[] cps = TEXT.codePoints().toArray();
        assertEquals("ＮＡＴＯ", new String(cps, nato.get("start").asInt(), nato.get("end").asInt() - nato.get("start").asInt()));
        assertEquals(TEXT.indexOf("ＮＡＴＯ") - 2, nato.get("start").asInt());
        assertEquals(0, r.get("mentions").get(0).get("start").asInt());
        assertEquals(3, r.get("mentions").get(0).get("end").asInt());
        assertEquals(TEXT.codePointCount(0, TEXT.length()), r.get("stats").get("chars").asInt());
        assertEquals(r.get("stats").get("chars").asInt(), r.get("sentences").get(0).get("end").asInt());
        assertTrue(r.get("tokens") == null, "tokens only with --tokens");
    }

    @Test
    void utf16OffsetsAreJavaIndices() throws Exception {
        JsonNode r = write(new OutputOptions(false, true, OffsetUnit.UTF16));
        JsonNode nato = r.get("mentions").get(1);
        assertEquals(TEXT.indexOf("ＮＡＴＯ"), nato.get("start").asInt());
        assertEquals(TEXT.length(), r.get("stats").get("chars").asInt());
        assertEquals("ＮＡＴＯ", r.get("tokens").get(0).get("surface").asText());
    }

    @Test
    void numbersAreRoundedAndEntityFieldsPresent() throws Exception {
        JsonNode e = write(OutputOptions.defaults()).get("entities").get(0);
        assertEquals("0.1235", e.get("salience").asText());
        assertEquals("Q7184", e.get("wikidata").asText());
        assertEquals("北大西洋条約機構", e.get("name_ja").asText());
    }

    @Test
    void outputIsByteIdenticalAcrossWrites() {
        RecordWriter w = new RecordWriter(OutputOptions.defaults());
        assertEquals(new String(w.document(doc(), 3), StandardCharsets.UTF_8),
                new String(w.document(doc(), 3), StandardCharsets.UTF_8));
    }

    @Test
    void errorRecordValidates() throws Exception {
        byte[] b = new RecordWriter(OutputOptions.defaults())
                .failure(new Failure("x", "in/x.txt", ErrorCode.EMPTY, "no text"));
        String line = new String(b, StandardCharsets.UTF_8);
        assertTrue(SchemaValidator.validate(line).isEmpty());
        JsonNode r = JSON.readTree(line);
        assertEquals("EMPTY", r.get("error").get("code").asText());
        assertEquals(List.of("schema", "id", "source", "error"), iterator(r));
    }

    private static List<String> iterator(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
