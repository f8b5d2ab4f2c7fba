package dev.kiji.lang.ja;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a Japanese article's partial dates (4月, 21日) are read against: its published date when
 * given (ISO prefix), else the first full date written in it (2022年1月21日), which news leads give.
 */
final class JapaneseDocDate {
    private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.DOTALL);
    private static final Pattern FULL = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private JapaneseDocDate() {
    }

    /** The reference date, or {@code null}; {@code normalizedText} has ASCII digits. */
    static LocalDate of(String published, String normalizedText) {
        if (published != null) {
            Matcher p = ISO_PREFIX.matcher(published);
            LocalDate d = p.matches() ? date(p) : null;
            if (d != null) {
                return d;
            }
        }
        Matcher m = FULL.matcher(normalizedText);
        while (m.find()) {
            LocalDate d = date(m);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Groups 1–3 of a successful match as year, month, day; {@code null} when not a real date. */
    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
