package dev.kiji.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.SchemaValidator;
import dev.kiji.batch.Batch;
import dev.kiji.io.InputReader;
import dev.kiji.io.OutputOptions;
import dev.kiji.io.ReadOptions;
import dev.kiji.io.RecordWriter;
import dev.kiji.Pipelines;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end output compared byte for byte with golden files (format: src/test/resources/golden/README.md).
 * After an intended change, regenerate with {@code ./mvnw test -Dtest=GoldenOutputTest -Dkiji.golden.update=true}
 * and review the diff.
 */
class GoldenOutputTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> inputs() {
        return Stream.of(
                "test-corpus/seed/000_645b275b415bbc2c.txt",
                "test-corpus/articles/formats",
                "test-corpus/articles/ja/p01-ukraine-talks.txt",
                "test-corpus/articles/en/p01-ukraine-talks.txt");
    }

    static String annotate(String input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Batch(Pipelines.standard(), new RecordWriter(OutputOptions.defaults()), 1)
                .run(new InputReader(ReadOptions.defaults()).read(List.of(input), System.in), out, n -> { });
        return out.toString(StandardCharsets.UTF_8).replaceAll("\"millis\":\\d+", "\"millis\":0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void matchesGolden(String input) throws Exception {
        String actual = annotate(input);
        for (String line : actual.split("\n")) {
            assertTrue(SchemaValidator.validate(line).isEmpty(), () -> SchemaValidator.validate(line).toString());
        }
        Path golden = GOLDEN.resolve(input.replace('/', '_') + ".jsonl");
        if (Boolean.getBoolean("kiji.golden.update")) {
            Files.writeString(golden, actual);
        }
        assertTrue(Files.exists(golden), "missing golden " + golden + "; run with -Dkiji.golden.update=true");
        assertEquals(Files.readString(golden), actual, "output differs from " + golden);
    }
}
