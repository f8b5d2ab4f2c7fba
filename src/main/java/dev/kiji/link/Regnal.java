package dev.kiji.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monarch's or a pope's ordinal after the name, as Japanese ({@code フェリペ3世}, {@code エリザベス二世}) and English
 * ({@code Philip III}) write it: the name is romanized and keyed without it and the key ends in the number, so the two
 * spellings of one king meet and kings of one name stay apart.
 */
record Regnal(String name, int number) {
    private static final Pattern JA = Pattern.compile("^(.+?)・?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})世$");
    private static final Pattern EN = Pattern.compile("^(.+?)\\s+([IVX]{1,6})$");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    /** The name and ordinal of {@code canonical}, or {@code null} when it ends in none. */
    static Regnal of(String canonical) {
        Matcher m = JA.matcher(canonical);
        if (m.matches()) {
            int n = japanese(m.group(2));
            return n > 0 ? new Regnal(m.group(1), n) : null;
        }
        m = EN.matcher(canonical);
        if (m.matches()) {
            int n = roman(m.group(2));
            return n > 0 ? new Regnal(m.group(1), n) : null;
        }
        return null;
    }

    private static int japanese(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(dev.kiji.link.kb.NameKey.of(s));
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? KANJI_DIGITS.indexOf(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : KANJI_DIGITS.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : KANJI_DIGITS.indexOf(s.charAt(s.length() - 1));
        return tens < 0 || ones < 0 || s.length() > ten + 2 ? -1 : tens * 10 + ones;
    }

    /** The value of a Roman numeral written the usual way (I to XXXIX), else -1. */
    private static int roman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            int next = i + 1 < s.length() ? value(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return toRoman(total).equals(s) ? total : -1;
    }

    private static int value(char c) {
        return c == 'I' ? 1 : c == 'V' ? 5 : 10;
    }

    /** {@code n} as a Roman numeral (1 to 39), the way English writes a king's ordinal; empty outside that range. */
    static String toRoman(int n) {
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return n <= 0 || n >= 40 ? "" : "X".repeat(n / 10) + ones[n % 10];
    }
}
