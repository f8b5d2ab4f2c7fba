package dev.kiji.lang.ja;

import dev.kiji.value.ValueFormat;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese date expressions and their values, resolved against the article's date: 2022年1月21日,
 * 令和6年4月, 23年11月, 1月21日, 4月, 21日, 2022年. Expressions the corpus convention does not count as dates
 * match too, so that they are consumed whole and rejected ({@link #value} gives {@code null}):
 * fiscal years and decades (2023年度, 1990年代), quarters (12月期), durations and relative days (3日間,
 * 10日ぶり, 3日後). A day before a count (1日1回, 1日6往復) is "a day", a rate, and does not match.
 */
final class JapaneseDates {
    /** One date expression (no capturing groups), for a larger alternation. */
    static final String PATTERN = "(?:令和|平成|昭和)(?:元|\\d{1,2})年(?:\\d{1,2}月(?:\\d{1,2}日)?)?"
            + "|\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:度|代)?"
            + "|\\d{2}年\\d{1,2}月(?:\\d{1,2}日)?"
            + "|\\d{1,2}月\\d{1,2}日"
            + "|\\d{1,2}月期?"
            + "|\\d{1,2}日(?:間|以内|ぶり|後|前|連続|分)?(?!\\d+(?:回|往復|便|本|錠|食|杯|件|人|台|時間))";
    private static final Pattern PARTS = Pattern.compile(
            "(?:(令和|平成|昭和)(元|\\d{1,2})年|(\\d{2,4})年)?(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?");
    private final LocalDate reference;

    /** Dates resolved against {@code reference}, the article's date ({@code null} when unknown). */
    JapaneseDates(LocalDate reference) {
        this.reference = reference;
    }

    /** The value of a {@link #PATTERN} match, or {@code null} when it is not a date. */
    String value(String expression) {
        Matcher m = PARTS.matcher(expression);
        if (!m.matches()) {
            return null; // 年度, 年代, 月期, 日間 ... carry a suffix PARTS does not accept
        }
        int year = m.group(1) != null ? era(m.group(1), m.group(2)) : m.group(3) != null ? year(m.group(3)) : -1;
        int month = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int day = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (month > 12 || day > 31 || m.group(4) != null && month == 0 || m.group(5) != null && day == 0
                || year == 0) {
            return null;
        }
        if (year < 0) { // no year written: the article's
            if (month == 0) { // a day alone: the article's month too
                if (reference == null) {
                    return ValueFormat.unknownMonthDay(day); // XXXX-XX-18, as 9月 alone is XXXX-09
                }
                month = reference.getMonthValue();
            }
            year = reference == null ? 0 : reference.getYear();
        }
        return ValueFormat.date(year, month, day);
    }

    private static int era(String era, String n) {
        int y = n.equals("元") ? 1 : Integer.parseInt(n);
        return switch (era) {
            case "令和" -> 2018 + y;
            case "平成" -> 1988 + y;
            default -> 1925 + y;
        };
    }

    /** A written year: four digits within 1800–2199, or two digits meaning 20xx; else 0 (not a date). */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return 2000 + y;
        }
        return digits.length() == 4 && y >= 1800 && y < 2200 ? y : 0;
    }
}
