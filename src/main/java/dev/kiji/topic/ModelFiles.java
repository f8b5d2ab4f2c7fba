package dev.kiji.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds files under {@code models/topics/}: the directory named by the system property
 * {@code kiji.models} or the environment variable {@code KIJI_MODELS}, else {@code ./models}, else
 * {@code models/} beside the directory holding the kiji jar.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    static Path topicsFile(String name) {
        List<Path> roots = new ArrayList<>();
        String prop = System.getProperty("kiji.models");
        if (prop != null && !prop.isBlank()) {
            roots.add(Path.of(prop));
        }
        String env = System.getenv("KIJI_MODELS");
        if (env != null && !env.isBlank()) {
            roots.add(Path.of(env));
        }
        roots.add(Path.of("models"));
        try {
            Path code = Path.of(ModelFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = code.getParent();
            for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
                roots.add(dir.resolve("models"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source: only the explicit roots
        }
        for (Path root : roots) {
            Path f = root.resolve("topics").resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new UncheckedIOException(new IOException("models/topics/" + name + " not found under " + roots));
    }
}
