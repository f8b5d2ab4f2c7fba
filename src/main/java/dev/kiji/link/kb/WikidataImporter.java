package dev.kiji.link.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Converts a Wikidata JSON dump ({@code latest-all.json[.gz]}: one JSON array, one entity object per
 * line) into KB JSON Lines. Streams with Jackson: only one entity is in memory at a time. Keeps
 * items with an English or Japanese label and a P31 class that maps to a kiji type
 * ({@link WikidataTypes}); everything else is skipped.
 */
public final class WikidataImporter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Counts of one import run. */
    public record Result(long read, long written) {
    }

    private WikidataImporter() {
    }

    /** For {@code kiji kb import-wikidata DUMP.json[.gz] -o kb.jsonl}. */
    public static Result importDump(Path dump, Path out) throws IOException {
        try (InputStream in = open(dump); Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            return importDump(in, w);
        }
    }

    /** Reads a dump (gzip detected by its magic bytes) and writes KB lines to {@code out}. */
    public static Result importDump(InputStream in, Writer out) throws IOException {
        JsonFactory f = MAPPER.getFactory();
        long read = 0;
        long written = 0;
        try (JsonParser p = f.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not a Wikidata dump: expected a JSON array");
            }
            BufferedWriter bw = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode item = p.readValueAsTree();
                read++;
                KbEntry e = toEntry(item);
                if (e != null) {
                    bw.write(KbJson.line(e));
                    bw.write('\n');
                    written++;
                }
            }
            bw.flush();
        }
        return new Result(read, written);
    }

    static InputStream open(Path dump) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)) : raw;
    }

    static KbEntry toEntry(JsonNode item) {
        String qid = item.path("id").asText("");
        if (!"item".equals(item.path("type").asText()) || !qid.matches("Q[1-9][0-9]*")) {
            return null;
        }
        WikidataTypes.KijiType t = WikidataTypes.of(instanceOf(item));
        String en = text(item.path("labels").path("en"));
        String ja = text(item.path("labels").path("ja"));
        if (t == null || (en == null && ja == null)) {
            return null;
        }
        String desc = text(item.path("descriptions").path("en"));
        if (desc == null) {
            desc = text(item.path("descriptions").path("ja"));
        }
        return new KbEntry("wd:" + qid, t.type(), t.subtype(), new KbEntry.Labels(en, ja),
                new KbEntry.Aliases(aliases(item, "en"), aliases(item, "ja")), qid, desc);
    }

    private static List<String> instanceOf(JsonNode item) {
        List<String> out = new ArrayList<>();
        for (JsonNode claim : item.path("claims").path("P31")) {
            JsonNode v = claim.path("mainsnak").path("datavalue").path("value");
            String id = v.path("id").asText(null);
            if (id == null && v.has("numeric-id")) {
                id = "Q" + v.path("numeric-id").asLong();
            }
            if (id != null && !"deprecated".equals(claim.path("rank").asText())) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<String> aliases(JsonNode item, String lang) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : item.path("aliases").path(lang)) {
            String v = text(a);
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        String v = n.path("value").asText(null);
        return v == null || v.isBlank() ? null : v;
    }
}
