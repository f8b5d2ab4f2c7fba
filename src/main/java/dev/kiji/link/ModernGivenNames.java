package dev.kiji.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Readings of kanji given names that most of their bearers share today ({@code 陽翔 → haruto}), from
 * {@code given-names.tsv}: a name dictionary lists every reading a name has had without saying which is usual, and a
 * table drawn from the real people it names in full reflects older generations. {@link KanjiNames} reads a given name
 * listed here so before asking either.
 */
public final class ModernGivenNames {
    private static final Map<String, String> READINGS = load();

    private ModernGivenNames() {
    }

    /** Whether the table lists {@code kanji} as a given name (the recognizer uses it to find where one ends). */
    public static boolean contains(String kanji) {
        return READINGS.containsKey(kanji);
    }

    /** The usual reading of a kanji given name, lower case, or empty when the table does not list it. */
    static Optional<String> reading(String kanji) {
        return Optional.ofNullable(READINGS.get(kanji));
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = ModernGivenNames.class.getResourceAsStream("given-names.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || out.put(f[0], f[1].toLowerCase(Locale.ROOT)) != null) {
                    throw new IllegalStateException("given-names.tsv: bad or repeated line: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
