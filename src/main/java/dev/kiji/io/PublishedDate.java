package dev.kiji.io;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes a publication date to {@code yyyy-MM-dd}. Accepts ISO dates and date-times (with or
 * without offset; the date is taken as written, not shifted to UTC), {@code yyyy/MM/dd},
 * {@code yyyy.MM.dd}, compact {@code yyyyMMdd}, RFC 1123 and Japanese {@code 2022年1月21日}.
 */
final class PublishedDate {
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:$|[T\\s]\\d{1,2}:\\d{2}.*)");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:$|T\\d{2}.*)");
    private static final Pattern JAPANESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日.*");
    /** ISO 8601 date-time line as used in news dumps: date, optional time, optional zone. */
    private static final Pattern ISO_LINE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    private PublishedDate() {
    }

    /** The {@code yyyy-MM-dd} form of {@code raw}, or {@code null} when absent or unparseable. */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = JAPANESE.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(s, LocalDate::from).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date of a line that is exactly an ISO 8601 date or date-time, else {@code null}. */
    static String isoLine(String line) {
        Matcher m = ISO_LINE.matcher(line.strip());
        return m.matches() ? normalize(m.group(1)) : null;
    }

    private static String date(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
