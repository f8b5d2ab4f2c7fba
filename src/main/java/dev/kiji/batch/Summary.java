package dev.kiji.batch;

import dev.kiji.doc.ErrorCode;
import java.util.Locale;
import java.util.Map;

/** Counts of one batch run: every input document is either annotated or an error. */
public record Summary(long annotated, Map<ErrorCode, Long> errors, double seconds) {

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return annotated + errorCount();
    }

    /** E.g. {@code 1,204 articles: 1,198 annotated, 6 errors (EMPTY 2, TOO_LARGE 4) in 41.2 s}. */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d article%s: %,d annotated, %,d error%s",
                total(), total() == 1 ? "" : "s", annotated, errorCount(), errorCount() == 1 ? "" : "s"));
        if (errorCount() > 0) {
            sb.append(" (");
            String sep = "";
            for (Map.Entry<ErrorCode, Long> e : new java.util.TreeMap<>(errors).entrySet()) {
                sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
            sb.append(')');
        }
        sb.append(String.format(Locale.ROOT, " in %.1f s", seconds));
        return sb.toString();
    }
}
