package dev.kiji.link.kb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
                out.add(MAPPER.readValue(t, KbEntry.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IOException(source + ":" + n + ": bad KB entry: " + e.getMessage(), e);
            }
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
