package dev.kiji.lang.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the article date from {@code Document.published()} (ISO date or date-time prefix). */
final class DocDates {
    private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.DOTALL);

    private DocDates() {
    }

    /** The date, or {@code null} when {@code published} is absent or not ISO-like. */
    static LocalDate parse(String published) {
        if (published == null) {
            return null;
        }
        Matcher m = ISO_PREFIX.matcher(published);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
