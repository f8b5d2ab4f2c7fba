package dev.kiji.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the kiji command line in-process, writing to a file, and parses its records. */
final class CliRunner {
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, List<String> lines, String stderr) {
        List<JsonNode> records() {
            List<JsonNode> out = new ArrayList<>();
            for (String l : lines) {
                try {
                    out.add(JSON.readTree(l));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out;
        }
    }

    private CliRunner() {
    }

    /** Runs {@code kiji annotate ARGS -o OUT}. */
    static Run annotate(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of("annotate", "-o", out.toString()));
        all.addAll(List.of(args));
        return run(out, all.toArray(String[]::new));
    }

    static Run run(Path out, String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.commandLine().execute(args);
        } finally {
            System.setErr(oldErr);
        }
        try {
            List<String> lines = out != null && Files.exists(out) ? Files.readAllLines(out) : List.of();
            return new Run(exit, lines, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
