package dev.kiji.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where shipped models and dictionaries come from: the files under {@code models/} are packed into
 * the jar and read from the classpath ({@code /models/...}), so kiji runs from any directory and
 * never needs the network. A directory named by the system property {@code kiji.models} or the
 * environment variable {@code KIJI_MODELS} overrides them file by file (to try a retrained model
 * without rebuilding the jar).
 */
public final class Models {
    private Models() {
    }

    /** The override directory, if one is configured. */
    static Optional<Path> overrideDir() {
        String dir = System.getProperty("kiji.models");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("KIJI_MODELS");
        }
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    /**
     * Opens {@code models/<path>}, e.g. {@code open("kb/kb.jsonl")}.
     *
     * @throws IOException naming every place looked in when the file is nowhere
     */
    public static InputStream open(String path) throws IOException {
        Optional<Path> dir = overrideDir();
        if (dir.isPresent() && Files.isRegularFile(dir.get().resolve(path))) {
            return Files.newInputStream(dir.get().resolve(path));
        }
        InputStream in = Models.class.getResourceAsStream("/models/" + path);
        if (in == null) {
            throw new IOException("model file models/" + path + " is neither on the classpath"
                    + dir.map(d -> " nor in " + d).orElse("") + " (is the jar built with its models?)");
        }
        return in;
    }

    /** Whether {@code models/<path>} exists anywhere {@link #open} looks. */
    public static boolean exists(String path) {
        Optional<Path> dir = overrideDir();
        return (dir.isPresent() && Files.isRegularFile(dir.get().resolve(path)))
                || Models.class.getResource("/models/" + path) != null;
    }

    /** A UTF-8 reader over {@code models/<path>}. */
    public static BufferedReader reader(String path) throws IOException {
        return new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8));
    }

    /** All lines of the UTF-8 text file {@code models/<path>}. */
    public static List<String> lines(String path) throws IOException {
        try (BufferedReader r = reader(path)) {
            return r.lines().toList();
        }
    }
}
