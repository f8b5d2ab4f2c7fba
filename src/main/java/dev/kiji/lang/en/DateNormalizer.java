package dev.kiji.lang.en;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes English DATE mentions to ISO 8601 (TIMEX3-style) values without SUTime. Input is
 * CoreNLP's numeric-classifier value ({@code 20220121}, {@code 202203}, {@code ****0726},
 * {@code friday}) and the mention text; relative expressions resolve against the article date.
 *
 * <p>Outputs: {@code 2022-01-21}, {@code 2022-03}, {@code 2016}, {@code 2023-W10}; a month-day
 * without year takes the article's year ({@code XXXX-07-26} when unknown); a bare weekday means
 * the latest such day on or before the article date ("on Friday" in news reports the past week),
 * {@code next Friday} the first after it, {@code last Friday} the latest before it;
 * without an article date a weekday becomes {@code XXXX-WXX-5}. Anything else gives {@code null}.
 */
final class DateNormalizer {
    private static final Pattern FULL = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-?(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NO_YEAR = Pattern.compile("(?:\\*{4}|XXXX-?)(\\d{2})(?:-?(\\d{2}))?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(this|last|next|past|coming)\\s+)?(\\p{L}+)");

    private DateNormalizer() {
    }

    /**
     * @param coreNlpValue CoreNLP's normalized value, may be {@code null}
     * @param text         the mention text
     * @param docDate      the article date, or {@code null}
     * @return the ISO value, or {@code null} when it cannot be determined
     */
    static String normalize(String coreNlpValue, String text, LocalDate docDate) {
        String v = coreNlpValue == null ? "" : coreNlpValue.strip();
        try {
            Matcher m = FULL.matcher(v);
            if (m.matches()) {
                return LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString();
            }
            m = YEAR_MONTH.matcher(v);
            if (m.matches()) {
                return yearMonth(num(m, 1), num(m, 2));
            }
            if (YEAR.matcher(v).matches()) {
                return v;
            }
            m = NO_YEAR.matcher(v);
            if (m.matches()) {
                return withoutYear(num(m, 1), m.group(2) == null ? 0 : num(m, 2), docDate);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return relative(text, docDate);
    }

    private static String withoutYear(int month, int day, LocalDate docDate) {
        if (docDate == null) {
            LocalDate.of(2000, month, day == 0 ? 1 : day); // validates month and day (leap year)
            return day == 0 ? String.format(Locale.ROOT, "XXXX-%02d", month)
                    : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
        }
        return day == 0 ? yearMonth(docDate.getYear(), month) : LocalDate.of(docDate.getYear(), month, day).toString();
    }

    private static String yearMonth(int year, int month) {
        LocalDate.of(year, month, 1); // validates
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    private static String relative(String text, LocalDate docDate) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        Matcher m = RELATIVE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        String mod = m.group(1) == null ? "" : m.group(1);
        String word = m.group(2);
        DayOfWeek dow = weekday(word);
        if (dow != null) {
            if (docDate == null) {
                return mod.isEmpty() || mod.equals("this") ? "XXXX-WXX-" + dow.getValue() : null;
            }
            return switch (mod) {
                case "next", "coming" -> docDate.with(TemporalAdjusters.next(dow)).toString();
                case "last", "past" -> docDate.with(TemporalAdjusters.previous(dow)).toString();
                default -> docDate.with(TemporalAdjusters.previousOrSame(dow)).toString();
            };
        }
        if (docDate == null) {
            return null;
        }
        int shift = switch (mod) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (word) {
            case "today" -> mod.isEmpty() ? docDate.toString() : null;
            case "yesterday" -> mod.isEmpty() ? docDate.minusDays(1).toString() : null;
            case "tomorrow" -> mod.isEmpty() ? docDate.plusDays(1).toString() : null;
            case "year" -> mod.isEmpty() ? null : Integer.toString(docDate.getYear() + shift);
            case "month" -> mod.isEmpty() ? null : docDate.plusMonths(shift).toString().substring(0, 7);
            case "week" -> mod.isEmpty() ? null : isoWeek(docDate.plusWeeks(shift));
            default -> null;
        };
    }

    private static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static DayOfWeek weekday(String word) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(word)) {
                return d;
            }
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
