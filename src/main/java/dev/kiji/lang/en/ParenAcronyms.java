package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym in parentheses right after a named organization, facility, product or event is another mention of
 * it, of the same type: "International Institute for Integrative Sleep Medicine (IIIS)", "Large Investment Regime
 * (RIGI)". The CRF often leaves such a made-up acronym untagged. Its first letter must be the initial of one of the
 * name's words, so a ticker or a unit in parentheses after a name is not taken.
 */
final class ParenAcronyms {
    private static final Pattern ACRONYM = Pattern.compile("\\G \\(([A-Z][A-Za-z0-9&-]{1,9})\\)");

    private ParenAcronyms() {
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Mention m : mentions) {
            if (!named(m.type())) {
                continue;
            }
            Matcher a = ACRONYM.matcher(text);
            if (!a.find(m.span().end()) || a.start() != m.span().end()) {
                continue;
            }
            String acronym = a.group(1);
            long capitals = acronym.chars().filter(Character::isUpperCase).count();
            CharSpan span = new CharSpan(a.start(1), a.end(1));
            if (capitals < 2 || capitals * 2 < acronym.length() || !initialOfAWord(m.text(), acronym.charAt(0))
                    || mentions.stream().anyMatch(o -> o.span().overlaps(span))) {
                continue;
            }
            out.add(Mention.of(span, text, m.type(), m.subtype(), null));
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    private static boolean named(EntityType t) {
        return t == EntityType.ORGANIZATION || t == EntityType.FACILITY || t == EntityType.PRODUCT || t == EntityType.EVENT;
    }

    private static boolean initialOfAWord(String name, char first) {
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && w.charAt(0) == first) {
                return true;
            }
        }
        return false;
    }
}
