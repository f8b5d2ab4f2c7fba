package dev.kiji.value;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The normalized {@code value} strings of value mentions, the same in every language (the output
 * schema's and the gold's convention): DATE {@code 2022-01-21}, {@code 2022-01} or {@code 2022}
 * ({@code XXXX} for a year the article does not give); MONEY {@code <ISO 4217 code> <plain amount>}
 * ({@code JPY 30000000000}, {@code USD 7600000}); PERCENT the plain number ({@code 0.25},
 * {@code -0.1}).
 */
public final class ValueFormat {
    private ValueFormat() {
    }

    /** {@code CODE amount}, e.g. {@code JPY 30000000000}; {@code null} when either is missing. */
    public static String money(String isoCode, BigDecimal amount) {
        return isoCode == null || amount == null ? null : isoCode + " " + plain(amount);
    }

    /** The plain number, e.g. {@code 0.25}. */
    public static String percent(BigDecimal number) {
        return number == null ? null : plain(number);
    }

    /**
     * {@code yyyy-MM-dd}, {@code yyyy-MM} ({@code day} 0) or {@code yyyy} ({@code month} 0);
     * {@code year} 0 writes {@code XXXX}.
     */
    public static String date(int year, int month, int day) {
        String y = year == 0 ? "XXXX" : String.format(Locale.ROOT, "%04d", year);
        if (month == 0) {
            return y;
        }
        String ym = y + String.format(Locale.ROOT, "-%02d", month);
        return day == 0 ? ym : ym + String.format(Locale.ROOT, "-%02d", day);
    }

    /** A day of an unknown month and year, {@code XXXX-XX-18} (TIMEX3's unspecified digits). */
    public static String unknownMonthDay(int day) {
        return String.format(Locale.ROOT, "XXXX-XX-%02d", day);
    }

    /** A decimal without exponent or trailing zeros: {@code 4.5E8} → {@code 450000000}, {@code 2.50} → {@code 2.5}. */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
