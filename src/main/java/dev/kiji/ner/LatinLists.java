package dev.kiji.ner;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Latin-script name listed next to a Latin-script person is a person too: wire bylines and credit
 * lines list people in one shape (パリのLena Ostrova、リマのTomas Velarde、…), and a name the
 * dictionaries do not know (Tomas Velarde) is otherwise easily taken for a product. Two names are
 * listed together when only a separator (、，, と や および) stands between them, optionally followed by a
 * place mention and の ("リマの").
 */
final class LatinLists {
    private static final Pattern SPACED_NAME = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}");
    private static final Pattern CAMEL_NAME = Pattern.compile("(?:[A-Z][a-z]+){2,3}");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[、，,]|および|と|や)\\s*");

    private LatinLists() {
    }

    /** Retypes, in place, the listed Latin-script names next to a Latin-script person; {@code spans} sorted and disjoint. */
    static void apply(String text, List<Span> spans) {
        boolean changed = true;
        while (changed) { // a person's type spreads along the whole list, in either direction
            changed = false;
            Span prev = null;
            int prevIndex = -1;
            for (int i = 0; i < spans.size(); i++) {
                Span s = spans.get(i);
                if (!isName(text, s)) continue;
                if (prev != null && listed(text, prev, s, spans, prevIndex, i) && (prev.type() == NerClass.PERSON) != (s.type() == NerClass.PERSON)) {
                    if (prev.type() == NerClass.PERSON) {
                        s = new Span(s.start(), s.end(), NerClass.PERSON);
                        spans.set(i, s);
                    } else {
                        spans.set(prevIndex, new Span(prev.start(), prev.end(), NerClass.PERSON));
                    }
                    changed = true;
                }
                prev = s;
                prevIndex = i;
            }
        }
    }

    private static boolean isName(String text, Span s) {
        return nameParts(text.substring(s.start(), s.end())) != null;
    }

    /**
     * The words of a Latin-script name shape, 2–3 capitalized words spaced or glued ({@code Lena Ostrova},
     * {@code LenaOstrova}), or null when {@code t} has another shape (all capitals, one word, other characters).
     */
    static String[] nameParts(String t) {
        if (SPACED_NAME.matcher(t).matches()) return t.split(" ");
        if (CAMEL_NAME.matcher(t).matches()) return t.split("(?=[A-Z])");
        return null;
    }

    /** Whether only a separator, then optionally one place mention and の, stands between {@code a} and {@code b}. */
    private static boolean listed(String text, Span a, Span b, List<Span> spans, int ai, int bi) {
        var m = SEPARATOR.matcher(text).region(a.end(), b.start());
        if (!m.lookingAt()) return false;
        int at = m.end();
        if (at == b.start()) return bi == ai + 1;
        if (bi != ai + 2) return false;
        Span place = spans.get(ai + 1);
        return place.type() == NerClass.LOCATION && place.start() == at && place.end() + 1 == b.start()
                && text.charAt(place.end()) == 'の';
    }
}
