package dev.kiji.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line progress display (count, rate, ETA when the total is known) redrawn at most every
 * 200 ms. Only used when stderr is a terminal; {@link #none()} otherwise.
 */
final class Progress implements LongConsumer {
    private final PrintStream err;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    static LongConsumer forTerminal(PrintStream err, long total) {
        return System.console() != null ? new Progress(err, total) : none();
    }

    static LongConsumer none() {
        return n -> { };
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double rate = done / Math.max(secs, 1e-9);
        StringBuilder sb = new StringBuilder("\r");
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            sb.append('[').append("=".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%,d/%,d", done, total));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d", done));
        }
        sb.append(String.format(Locale.ROOT, " articles  %.1f/s", rate));
        if (total > 0 && done < total && rate > 0) {
            sb.append(String.format(Locale.ROOT, "  ETA %ds", Math.round((total - done) / rate)));
        }
        err.print(sb);
        err.flush();
    }

    static void clear(PrintStream err) {
        if (System.console() != null) {
            err.print("\r\033[K");
        }
    }
}
