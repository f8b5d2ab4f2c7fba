package dev.kiji.lang.en;

import dev.kiji.value.PublishedDate;
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
    /** How far into the text a dateline may start. */
    static final int OPENING = 300;
    private static final Pattern DATELINE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2}),? (\\d{4})\\b");

    private DocDates() {
    }

    /** The anchor date of an article, or {@code null}; see the class comment. */
    static LocalDate of(String published, String text) {
        LocalDate d = PublishedDate.parse(published);
        return d != null ? d : dateline(text);
    }

    /** The first "Month D, YYYY" date in the opening of {@code text}, or {@code null}. */
    static LocalDate dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), OPENING)));
        if (!m.find()) {
            return null;
        }
        try {
            int month = EnglishMonths.of(m.group(1));
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
