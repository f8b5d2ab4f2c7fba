package dev.kiji.dict;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Small in-memory name dictionaries for tests, in the compiled {@code enamdict.tsv.gz} format. */
public final class TestDictionaries {
    private TestDictionaries() {
    }

    /** A dictionary of {@code lines} ({@code key TAB types TAB romanizations}), sorted as the compiler writes them. */
    public static NameDictionary of(String... lines) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
                gz.write((String.join("\n", Arrays.stream(lines).sorted().toList()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return NameDictionary.read(new ByteArrayInputStream(b.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
