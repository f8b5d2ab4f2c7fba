package dev.kiji.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A background document-frequency table: {@code # docs N} then {@code word<TAB>df} lines (word in
 * lookup form). {@link #idf} is the smoothed {@code ln((N + 1) / (df + 1)) + 1}; an unseen word gets
 * the largest value. An empty table (no file for a language) gives every word the same idf, so
 * ranking falls back to frequency, length and position.
 */
public final class DocumentFrequencies {
    private final int docs;
    private final Map<String, Double> idf;
    private final double unseen;

    private DocumentFrequencies(int docs, Map<String, Integer> df) {
        this.docs = docs;
        Map<String, Double> m = new HashMap<>();
        df.forEach((w, n) -> m.put(w, smoothed(docs, n)));
        this.idf = java.util.Collections.unmodifiableMap(m);
        this.unseen = docs == 0 ? 1.0 : smoothed(docs, 0);
    }

    private static double smoothed(int docs, int df) {
        return Math.log((docs + 1.0) / (df + 1.0)) + 1;
    }

    public static DocumentFrequencies empty() {
        return new DocumentFrequencies(0, Map.of());
    }

    public static DocumentFrequencies load(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table: a {@code # docs N} line, then {@code term<TAB>df} lines. */
    public static DocumentFrequencies read(BufferedReader r) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("# docs ")) {
                    docs = Integer.parseInt(line.substring("# docs ".length()).strip());
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    int tab = line.indexOf('\t');
                    df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
                }
            }
        }
        return new DocumentFrequencies(docs, df);
    }

    public double idf(String word) {
        Double v = idf.get(word);
        return v == null ? unseen : v;
    }

    public int docs() {
        return docs;
    }
}
