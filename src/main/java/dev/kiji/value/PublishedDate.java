package dev.kiji.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date of a document's {@code published} field: an ISO date or date-time ({@code 2022-01-25T08:00:00+09:00}). */
public final class PublishedDate {
    private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.DOTALL);

    private PublishedDate() {
    }

    /** The date, or {@code null} when {@code published} is absent, not ISO-like or not a real date. */
    public static LocalDate parse(String published) {
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
