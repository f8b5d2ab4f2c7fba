package dev.kiji.lang.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date relative expressions ("Friday", "last week") are anchored to: {@code Document.published()}
 * (ISO date or date-time prefix), else the first full date in the article's opening — the dateline
 * of wire copy ("GENEVA, Jan. 21, 2022 -"). Without either, relative dates stay unanchored.
 */
final class DocDates {
    private static final Pattern ISO_PREFIX = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2}).*", Pattern.DOTALL);
    /** How far into the text a dateline may start. */
    static final int OPENING = 300;
    private static final Pattern DATELINE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}),? (\\d{4})\\b");
    private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec");

    private DocDates() {
    }

    /** The anchor date of an article, or {@code null}; see the class comment. */
    static LocalDate of(String published, String text) {
        LocalDate d = parse(published);
        return d != null ? d : dateline(text);
    }

    /** The first "Month D, YYYY" date in the opening of {@code text}, or {@code null}. */
    static LocalDate dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), OPENING)));
        if (!m.find()) {
            return null;
        }
        try {
            int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(java.util.Locale.ROOT)) + 1;
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
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
