package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.value.ValueFormat;
import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money, calendar dates and clock times on CoreNLP's tokens, in place of CoreNLP's numeric
 * classifiers (which cost about a tenth of the English path): "$3.5 billion", "US$5", "12 billion yen",
 * "€20 million" (MONEY, {@link ValueFormat#money}); "Jan. 21", "January 21, 2022", "21 January 2022",
 * "October 2025" (DATE; a missing year is the article's, see {@link DateNormalizer}); "10:30 a.m.",
 * "3 p.m." (TIME, {@code HH:MM}). Percentages, weekdays, lone months and years are {@link ValueRules}'.
 * Tokens inside an existing mention are never used.
 */
final class EnglishValues {
    private static final Map<String, String> SYMBOLS = Map.of("$", "USD", "US$", "USD", "¥", "JPY", "€", "EUR",
            "£", "GBP", "₩", "KRW", "A$", "AUD", "C$", "CAD", "HK$", "HKD", "S$", "SGD");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("yen", "JPY"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
            Map.entry("pounds", "GBP"), Map.entry("won", "KRW"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rupees", "INR"), Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"), Map.entry("baht", "THB"), Map.entry("pesos", "PHP"));
    private static final Map<String, Integer> SCALES = Map.of("thousand", 3, "million", 6, "billion", 9,
            "trillion", 12);
    /** A decimal number as CoreNLP tokenizes it: {@code 12}, {@code 1,200}, {@code 3.5}. */
    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?");

    private EnglishValues() {
    }

    /** Money, dates and times of {@code t} outside {@code existing}, in text order. */
    static List<Mention> find(List<CoreLabel> t, String text, LocalDate docDate, List<Mention> existing) {
        boolean[] taken = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            CharSpan s = new CharSpan(t.get(i).beginPosition(), t.get(i).endPosition());
            for (Mention m : existing) {
                taken[i] |= m.span().overlaps(s);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Mention m = money(t, i, taken, text);
            if (m == null) {
                m = date(t, i, taken, text, docDate);
            }
            if (m == null) {
                m = time(t, i, taken, text);
            }
            if (m != null) {
                out.add(m);
                while (i + 1 < t.size() && t.get(i + 1).beginPosition() < m.span().end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /** "$ 3.5 billion", "US$ 5", "12 billion yen", "20 euros". */
    private static Mention money(List<CoreLabel> t, int i, boolean[] taken, String text) {
        String code = SYMBOLS.get(word(t, i));
        int n = code != null ? i + 1 : i;
        if (!free(t, n, taken) || !NUMBER.matcher(word(t, n)).matches()) {
            return null;
        }
        BigDecimal amount = new BigDecimal(word(t, n).replace(",", ""));
        int end = n + 1;
        Integer scale = free(t, end, taken) ? SCALES.get(lower(t, end)) : null;
        if (scale != null) {
            amount = amount.scaleByPowerOfTen(scale);
            end++;
        }
        if (code == null) {
            code = free(t, end, taken) ? CURRENCY_WORDS.get(lower(t, end)) : null;
            if (code == null) {
                return null;
            }
            end++;
        }
        return mention(t, i, end, text, EntityType.MONEY, ValueFormat.money(code, amount));
    }

    /** "Jan. 21", "January 21, 2022", "21 January 2022", "October 2025". */
    private static Mention date(List<CoreLabel> t, int i, boolean[] taken, String text, LocalDate docDate) {
        int month = month(t, i);
        int day;
        int end;
        if (month > 0 && free(t, i + 1, taken) && isDay(word(t, i + 1))) { // Month D[, YYYY]
            day = Integer.parseInt(word(t, i + 1));
            end = i + 2;
            int y = free(t, end, taken) && word(t, end).equals(",") ? end + 1 : end;
            if (free(t, y, taken) && isYear(word(t, y))) {
                return dated(t, i, y + 1, text, full(word(t, y), month, day));
            }
        } else if (month > 0 && Character.isUpperCase(word(t, i).charAt(0)) && free(t, i + 1, taken)
                && isYear(word(t, i + 1))) { // Month YYYY
            return mention(t, i, i + 2, text, EntityType.DATE, ValueFormat.date(Integer.parseInt(word(t, i + 1)), month, 0));
        } else if (isDay(word(t, i)) && free(t, i + 1, taken) && month(t, i + 1) > 0) { // D Month [YYYY]
            day = Integer.parseInt(word(t, i));
            month = month(t, i + 1);
            end = i + 2;
            if (free(t, end, taken) && isYear(word(t, end))) {
                return dated(t, i, end + 1, text, full(word(t, end), month, day));
            }
        } else {
            return null;
        }
        String value;
        try {
            value = DateNormalizer.normalize(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day),
                    span(t, i, end).slice(text), docDate);
        } catch (RuntimeException e) {
            value = null; // February 30 and the like
        }
        return dated(t, i, end, text, value);
    }

    /** A DATE mention, or {@code null} when the date does not exist (February 30). */
    private static Mention dated(List<CoreLabel> t, int from, int to, String text, String value) {
        return value == null ? null : mention(t, from, to, text, EntityType.DATE, value);
    }

    /** "10:30 a.m.", "3 p.m." as {@code HH:MM}. */
    private static Mention time(List<CoreLabel> t, int i, boolean[] taken, String text) {
        Matcher m = CLOCK.matcher(word(t, i));
        if (!m.matches() || !free(t, i + 1, taken)) {
            return null;
        }
        String half = lower(t, i + 1).replace(".", "");
        if (!half.equals("am") && !half.equals("pm")) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h < 1 || h > 12 || min > 59) {
            return null;
        }
        int h24 = h % 12 + (half.equals("pm") ? 12 : 0);
        return mention(t, i, i + 2, text, EntityType.TIME, String.format(Locale.ROOT, "%02d:%02d", h24, min));
    }

    private static String full(String year, int month, int day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, day).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Month number of token {@code i} (1-12), or 0; only capitalized ("may" is a verb). */
    private static int month(List<CoreLabel> t, int i) {
        if (i >= t.size()) {
            return 0;
        }
        String w = word(t, i);
        return w.isEmpty() || !Character.isUpperCase(w.charAt(0)) ? 0 : EnglishMonths.of(w);
    }

    private static boolean isDay(String w) {
        return w.matches("\\d{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    private static boolean isYear(String w) {
        return w.matches("(1[89]|2[01])\\d\\d");
    }

    private static boolean free(List<CoreLabel> t, int i, boolean[] taken) {
        return i < t.size() && !taken[i];
    }

    private static String word(List<CoreLabel> t, int i) {
        return i < t.size() ? t.get(i).word() : "";
    }

    private static String lower(List<CoreLabel> t, int i) {
        return word(t, i).toLowerCase(Locale.ROOT);
    }

    private static CharSpan span(List<CoreLabel> t, int from, int to) {
        return new CharSpan(t.get(from).beginPosition(), t.get(to - 1).endPosition());
    }

    private static Mention mention(List<CoreLabel> t, int from, int to, String text, EntityType type, String value) {
        return Mention.of(span(t, from, to), text, type, null, value);
    }
}
