package dev.kiji.lang.en;

import java.util.List;
import java.util.Locale;

/** English month names and their abbreviations ("January", "Jan", "Jan.", "Sept."), any case. */
final class EnglishMonths {
    /** Per month: the full name first, then its abbreviations. */
    private static final List<List<String>> NAMES = List.of(List.of("january", "jan"), List.of("february", "feb"),
            List.of("march", "mar"), List.of("april", "apr"), List.of("may"), List.of("june", "jun"),
            List.of("july", "jul"), List.of("august", "aug"), List.of("september", "sep", "sept"),
            List.of("october", "oct"), List.of("november", "nov"), List.of("december", "dec"));

    private EnglishMonths() {
    }

    /** The month (1-12) of a full name or an abbreviation with or without a full stop, else 0. */
    static int of(String word) {
        String key = (word.endsWith(".") ? word.substring(0, word.length() - 1) : word).toLowerCase(Locale.ROOT);
        for (int m = 0; m < NAMES.size(); m++) {
            if (NAMES.get(m).contains(key)) {
                return m + 1;
            }
        }
        return 0;
    }

    /** The month (1-12) of a full month name, else 0. */
    static int ofFullName(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        for (int m = 0; m < NAMES.size(); m++) {
            if (NAMES.get(m).get(0).equals(key)) {
                return m + 1;
            }
        }
        return 0;
    }
}
