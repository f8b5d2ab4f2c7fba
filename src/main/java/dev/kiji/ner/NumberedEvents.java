package dev.kiji.ner;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered typhoons are named events (台風12号, 台風第１４号), as Stockmark and kiji's gold annotate them;
 * the tagger rarely has seen the number. A match replaces the mentions inside it and is skipped when it
 * overlaps a longer one.
 */
final class NumberedEvents {
    private static final Pattern TYPHOON = Pattern.compile("台風第?[0-9０-９]{1,2}号");

    private NumberedEvents() {
    }

    /** Adds the numbered events of {@code text} to {@code out} (sorted; kept sorted), replacing mentions inside them. */
    static void add(String text, List<Span> out) {
        Matcher m = TYPHOON.matcher(text);
        while (m.find()) {
            int a = m.start();
            int b = m.end();
            boolean blocked = false;
            for (Span s : out) blocked |= s.start() < b && a < s.end() && (s.start() < a || s.end() > b);
            if (blocked) continue;
            out.removeIf(s -> s.start() >= a && s.end() <= b);
            out.add(new Span(a, b, NerClass.EVENT));
        }
        out.sort(null);
    }
}
