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
    private final java.util.function.LongSupplier total;
    private final long start = System.nanoTime();
    private long lastDraw;

    private Progress(PrintStream err, java.util.function.LongSupplier total) {
        this.err = err;
        this.total = total;
    }

    /** A display when the session is interactive; {@code total} gives the expected count or -1 while unknown. */
    static LongConsumer forTerminal(PrintStream err, java.util.function.LongSupplier total) {
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
        long expected = total.getAsLong();
        StringBuilder sb = new StringBuilder("\r");
        if (expected > 0) {
            long all = Math.max(expected, done);
            int width = 30;
            int filled = (int) Math.min(width, width * done / all);
            sb.append('[').append("=".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%,d/%,d articles  %.1f/s", done, all, rate));
            if (done < all && rate > 0) {
                sb.append(String.format(Locale.ROOT, "  ETA %ds", Math.round((all - done) / rate)));
            }
        } else {
            sb.append(String.format(Locale.ROOT, "%,d articles  %.1f/s", done, rate));
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
