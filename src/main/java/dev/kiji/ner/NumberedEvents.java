package dev.kiji.ner;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered typhoons are named events (台風12号, 台風第１４号), as Stockmark and kiji's gold annotate them, and numbered
 * national routes are facilities (国道45号, 国道４３９号線); the tagger rarely has seen the number. A match replaces the
 * mentions inside it and is skipped when it overlaps a longer one.
 */
final class NumberedEvents {
    private static final Pattern TYPHOON = Pattern.compile("台風第?[0-9０-９]{1,2}号");
    private static final Pattern ROUTE = Pattern.compile("国道[0-9０-９]{1,3}号(?:線)?");

    private NumberedEvents() {
    }

    /** Adds the numbered events and routes of {@code text} to {@code out} (kept sorted), replacing mentions inside them. */
    static void add(String text, List<Span> out) {
        add(text, out, TYPHOON, NerClass.EVENT);
        add(text, out, ROUTE, NerClass.FACILITY);
    }

    private static void add(String text, List<Span> out, Pattern numbered, NerClass type) {
        Matcher m = numbered.matcher(text);
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            boolean blocked = false;
            for (Span s : out) blocked |= s.start() < b && a < s.end() && (s.start() < a || s.end() > b);
            if (blocked) continue;
            out.removeIf(s -> s.start() >= a && s.end() <= b);
            out.add(new Span(a, b, type));
        }
        out.sort(null);
    }
}
