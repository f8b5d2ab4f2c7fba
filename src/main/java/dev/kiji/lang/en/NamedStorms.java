package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storms are named events: {@code Typhoon No. 14} (Japan's numbering, 台風14号), {@code Typhoon Nakri},
 * {@code Hurricane Milton}, {@code Tropical Storm Ampil}. The CRF finds none of them or only the name as a person; a
 * found storm replaces the mentions inside it and is left alone where it crosses a mention's edge.
 */
final class NamedStorms {
    private static final Pattern STORM = Pattern.compile(
            "\\b(?:Super\\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical\\s+Storm)\\s+(?:No\\.\\s?[0-9]{1,2}\\b|[A-Z][a-z]{2,}\\b)");

    private NamedStorms() {
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        Matcher m = STORM.matcher(text);
        if (!m.find()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        do {
            CharSpan s = new CharSpan(m.start(), m.end());
            if (out.stream().anyMatch(x -> overlaps(x.span(), s) && !inside(x.span(), s))) {  // crossing, or within a name
                continue;
            }
            out.removeIf(x -> inside(x.span(), s));
            out.add(new Mention(s, s.slice(text), EntityType.EVENT, null, null, null));
        } while (m.find());
        out.sort(java.util.Comparator.comparing(Mention::span));
        return out;
    }

    private static boolean inside(CharSpan a, CharSpan s) {
        return a.start() >= s.start() && a.end() <= s.end() && !a.equals(s);
    }

    private static boolean overlaps(CharSpan a, CharSpan s) {
        return a.start() < s.end() && s.start() < a.end();
    }
}
