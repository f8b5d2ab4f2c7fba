package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a pattern finds in the text ({@link NamedStorms}, {@link NamedPrizes}): each match of group 0 becomes a mention
 * of one type, replacing the mentions inside it; a match that crosses a mention's edge is left alone.
 */
final class PatternNames {
    private PatternNames() {
    }

    static List<Mention> apply(String text, List<Mention> mentions, Pattern pattern, EntityType type) {
        return apply(text, mentions, pattern, type, m -> true);
    }

    /** As {@link #apply(String, List, Pattern, EntityType)}, for the matches {@code accept} takes. */
    static List<Mention> apply(String text, List<Mention> mentions, Pattern pattern, EntityType type,
            java.util.function.Predicate<Matcher> accept) {
        return apply(text, mentions, pattern, type, accept, false);
    }

    /**
     * As {@link #apply(String, List, Pattern, EntityType)}, and a mention with exactly a match's span takes the type
     * too ({@link Datelines}: the recognizer's organization BUSAN is the dateline's place).
     */
    static List<Mention> retyping(String text, List<Mention> mentions, Pattern pattern, EntityType type) {
        return apply(text, mentions, pattern, type, m -> true, true);
    }

    private static List<Mention> apply(String text, List<Mention> mentions, Pattern pattern, EntityType type,
            java.util.function.Predicate<Matcher> accept, boolean sameSpanToo) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        do {
            CharSpan s = new CharSpan(m.start(), m.end());
            // a match crossing a mention's edge, or within a name, is left alone
            if (!accept.test(m) || out.stream().anyMatch(x -> x.span().overlaps(s) && !inside(x.span(), s, sameSpanToo))) {
                continue;
            }
            out.removeIf(x -> inside(x.span(), s, sameSpanToo));
            out.add(new Mention(s, s.slice(text), type, null, null, null));
        } while (m.find());
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    private static boolean inside(CharSpan a, CharSpan s, boolean sameSpanToo) {
        return a.start() >= s.start() && a.end() <= s.end() && (sameSpanToo || !a.equals(s));
    }
}
