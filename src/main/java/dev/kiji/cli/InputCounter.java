package dev.kiji.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Estimates how many articles the inputs hold (one per file, one per non-blank JSON Lines line), on
 * a background thread so the batch starts at once; the progress display shows an ETA when it is done.
 * An estimate only: files the reader will skip by --include are counted too.
 */
final class InputCounter {
    /** -1 until counted. */
    private final AtomicLong total = new AtomicLong(-1);

    static InputCounter start(List<String> inputs) {
        InputCounter c = new InputCounter();
        Thread t = new Thread(() -> {
            try {
                long n = 0;
                for (String in : inputs) {
                    n += in.equals("-") ? 0 : count(Path.of(in));
                }
                c.total.set(n);
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // no estimate: progress shows counts and rate only
            }
        }, "kiji-count");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return c;
    }

    long total() {
        return total.get();
    }

    private static long count(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                return s.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .mapToLong(InputCounter::countFile).sum();
            }
        }
        return Files.isRegularFile(p) ? countFile(p) : 1;
    }

    private static long countFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            return 1;
        }
        long lines = 0;
        boolean blank = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines += blank ? 0 : 1;
                    blank = true;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                }
            }
        } catch (IOException e) {
            return 1;
        }
        return lines + (blank ? 0 : 1);
    }
}
