package dev.kiji.link.kb;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes KB JSON Lines: one {@link KbEntry} per line; blank lines and {@code #} lines are skipped. */
public final class KbJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private KbJson() {
    }

    public static List<KbEntry> read(BufferedReader in, String source) throws IOException {
        List<KbEntry> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            try {
                out.add(parse(t));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IOException(source + ":" + n + ": bad KB entry: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * One entry, read with the streaming parser: the KB is read at every start-up, and binding 18,000 records by
     * reflection took half a second in a cold JVM. As strict as binding was: an unknown field fails.
     */
    static KbEntry parse(String line) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(line)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            String id = null;
            EntityType type = null;
            Subtype subtype = null;
            KbEntry.Labels labels = null;
            KbEntry.Aliases aliases = null;
            String wikidata = null;
            String description = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "id" -> id = text(v, p);
                    case "type" -> type = v == JsonToken.VALUE_NULL ? null : EntityType.valueOf(text(v, p));
                    case "subtype" -> subtype = v == JsonToken.VALUE_NULL ? null : Subtype.valueOf(text(v, p));
                    case "labels" -> {
                        EnJa<String> l = enJa(v, p, KbJson::text);
                        labels = l == null ? null : new KbEntry.Labels(l.en(), l.ja());
                    }
                    case "aliases" -> {
                        EnJa<List<String>> a = enJa(v, p, KbJson::strings);
                        aliases = a == null ? null : new KbEntry.Aliases(a.en(), a.ja());
                    }
                    case "wikidata" -> wikidata = text(v, p);
                    case "description" -> description = text(v, p);
                    default -> throw new JsonParseException(p, "unknown field \"" + field + "\"");
                }
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "trailing content");
            }
            return new KbEntry(id, type, subtype, labels, aliases, wikidata, description);
        }
    }

    private static void expect(JsonToken got, JsonToken want, JsonParser p) throws JsonParseException {
        if (got != want) {
            throw new JsonParseException(p, "expected " + want + ", got " + got);
        }
    }

    /** A string value or null. */
    private static String text(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.VALUE_STRING, p);
        return p.getText();
    }

    /** Reads one value at the parser's current token {@code v}. */
    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonToken v, JsonParser p) throws IOException;
    }

    /** The values of an {@code {"en": …, "ja": …}} object (labels or aliases). */
    private record EnJa<T>(T en, T ja) {
    }

    /** An {@code {"en": …, "ja": …}} object with each value read by {@code value}; null for JSON null. */
    private static <T> EnJa<T> enJa(JsonToken v, JsonParser p, ValueReader<T> value) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_OBJECT, p);
        T en = null;
        T ja = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            switch (f) {
                case "en" -> en = value.read(t, p);
                case "ja" -> ja = value.read(t, p);
                default -> throw new JsonParseException(p, "unknown field \"" + f + "\"");
            }
        }
        return new EnJa<>(en, ja);
    }

    private static List<String> strings(JsonToken v, JsonParser p) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_ARRAY, p);
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.VALUE_STRING, p);
            out.add(p.getText());
        }
        return out;
    }

    public static void write(Writer out, List<KbEntry> entries) throws IOException {
        for (KbEntry e : entries) {
            out.write(line(e));
            out.write('\n');
        }
    }

    public static String line(KbEntry e) {
        try {
            return MAPPER.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
