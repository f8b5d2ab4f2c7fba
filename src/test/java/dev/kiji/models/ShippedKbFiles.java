package dev.kiji.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a table {@code kiji kb build} writes next to the KB is committed as the builder now produces it. */
public final class ShippedKbFiles {
    /** Writes a table to a stream. */
    @FunctionalInterface
    public interface Builder {
        void build(OutputStream out) throws IOException;
    }

    private ShippedKbFiles() {
    }

    /** Fails when {@code models/kb/<file>} differs from what {@code builder} writes. */
    public static void assertCurrent(String file, Builder builder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.build(out);
        byte[] committed = Files.readAllBytes(Path.of("models", "kb", file));
        assertArrayEquals(committed, out.toByteArray(),
                "models/kb/" + file + " is stale: rebuild it with kiji kb build -o models/kb/kb.jsonl");
    }
}
