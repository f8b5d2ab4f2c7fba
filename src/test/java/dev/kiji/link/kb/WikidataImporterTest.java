package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikidataImporterTest {

    private static Path sample(Path dir) throws IOException {
        Path p = dir.resolve("sample.json");
        try (InputStream in = WikidataImporterTest.class.getResourceAsStream("wikidata-sample.json")) {
            Files.copy(in, p);
        }
        return p;
    }

    private static Map<String, KbEntry> imported(Path dump, Path dir) throws IOException {
        Path out = dir.resolve("out.jsonl");
        WikidataImporter.Result r = WikidataImporter.importDump(dump, out);
        assertEquals(8, r.read(), "items and properties read");
        assertEquals(4, r.written());
        try (var in = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            return KbJson.read(in, out.toString()).stream().collect(Collectors.toMap(KbEntry::id, Function.identity()));
        }
    }

    @Test
    void importsPlainDump(@TempDir Path dir) throws IOException {
        check(imported(sample(dir), dir));
    }

    @Test
    void importsGzipDump(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("sample.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(sample(dir), o);
        }
        check(imported(gz, dir));
    }

    @Test
    void rejectsNonArrayInput(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("x.json");
        Files.writeString(p, "{\"id\":\"Q1\"}", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> WikidataImporter.importDump(p, dir.resolve("o.jsonl")));
    }

    private static void check(Map<String, KbEntry> byId) {
        assertEquals(List.of("wd:Q17", "wd:Q53268", "wd:Q6279", "wd:Q7184"), byId.keySet().stream().sorted().toList());
        KbEntry biden = byId.get("wd:Q6279");
        assertEquals(EntityType.PERSON, biden.type());
        assertEquals("ジョー・バイデン", biden.labels().ja());
        assertEquals(List.of("Joseph Biden", "Biden"), biden.aliases().en());
        assertEquals(List.of("バイデン"), biden.aliases().ja());
        assertEquals("Q6279", biden.wikidata());
        assertEquals("wd:Q6279", biden.entityId());
        assertEquals(Subtype.POLITICAL, byId.get("wd:Q7184").subtype());
        assertEquals(EntityType.LOCATION, byId.get("wd:Q17").type());
        assertEquals("東アジアの国", byId.get("wd:Q17").description());
        assertEquals(Subtype.COMPANY, byId.get("wd:Q53268").subtype());
        assertNull(byId.get("wd:Q25188"));
    }
}
