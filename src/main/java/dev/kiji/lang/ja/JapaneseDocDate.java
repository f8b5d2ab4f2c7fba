package dev.kiji.lang.ja;

import dev.kiji.value.PublishedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a Japanese article's partial dates (4月, 21日) are read against: its published date when
 * given (ISO prefix), else the first full date written in it (2022年1月21日), which news leads give.
 */
final class JapaneseDocDate {
    private static final Pattern FULL = Pattern.compile("(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private JapaneseDocDate() {
    }

    /** The reference date, or {@code null}; {@code normalizedText} has ASCII digits. */
    static LocalDate of(String published, String normalizedText) {
        LocalDate d = PublishedDate.parse(published);
        if (d != null) {
            return d;
        }
        Matcher m = FULL.matcher(normalizedText);
        while (m.find()) {
            d = date(m);
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
