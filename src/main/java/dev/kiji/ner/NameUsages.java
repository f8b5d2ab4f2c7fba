package dev.kiji.ner;

import java.util.regex.Pattern;

/**
 * Words built on a name that are not the name's use as an entity in kiji's annotation (test-corpus
 * conventions): a country or place before 人, 語, 時間 or 題 (日本人, 日本語, 日本時間, 英題) is a nationality, a
 * language, a time zone or a title, not the place; a product's unit serial (ロケット3号機, 探査機2号機) is not
 * part of the product series name; a magnitude (Ｍ7.8), a year (2027年中), an adjective in 的 (危機的) or the
 * eponym of a disease (パーキンソン|病) is no mention. Per mention; returns null for a mention to drop.
 */
final class NameUsages {
    private static final Pattern SERIAL = Pattern.compile("[0-9０-９]+号機$");
    /** An earthquake's magnitude (Ｍ7.8, M6): a value, never a product. */
    private static final Pattern MAGNITUDE = Pattern.compile("[MＭ][0-9０-９.．]*");
    /** A year with a period word (2027年中, 2026年末): a time, never a name. */
    private static final Pattern YEAR_PERIOD = Pattern.compile("[0-9０-９]{2,4}年(?:中|末|初め|前半|後半|以降|度中)?");

    private NameUsages() {
    }

    static Span apply(String text, Span s) {
        String t = text.substring(s.start(), s.end());
        if (MAGNITUDE.matcher(t).matches() || YEAR_PERIOD.matcher(t).matches() || t.endsWith("的")) return null;
        if (s.type() == NerClass.PERSON && s.end() < text.length() && "病症".indexOf(text.charAt(s.end())) >= 0) return null;
        if (s.type() == NerClass.LOCATION && attributive(text, s.end())) return null;
        if (s.type() == NerClass.PRODUCT) {
            var m = SERIAL.matcher(text.substring(s.start(), s.end()));
            if (m.find() && m.start() >= 2) return new Span(s.start(), s.start() + m.start(), s.type());
        }
        return s;
    }

    private static boolean attributive(String text, int at) {
        if (text.startsWith("人民", at) || text.startsWith("人口", at) || text.startsWith("人権", at)) return false;
        return text.startsWith("人", at) || text.startsWith("語", at) || text.startsWith("時間", at) || text.startsWith("題", at);
    }
}
