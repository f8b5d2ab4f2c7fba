package dev.kiji.link;

import dev.kiji.link.kb.KnowledgeBase;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English place name followed by an office that belongs to one kind of place is looked up as that
 * kind: {@code Hiroshima Governor} and {@code Hiroshima prefectural officials} mean the prefecture,
 * {@code Niigata Mayor} the city, where the bare name would link to the city or prefecture the KB
 * prefers. Used only when the KB knows the qualified name ({@code Hiroshima Prefecture}).
 */
final class PlaceRole {
    private static final Pattern FOLLOWING = Pattern.compile(
            "(?:\\s+(governor|gov\\.|prefectural|mayor|city\\s+hall)|-(based|headquartered))\\b", Pattern.CASE_INSENSITIVE);

    private final KnowledgeBase kb;

    PlaceRole(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * A wire-story dateline ({@code NIIGATA, Nov. 20 -}: the place in capitals opening a line, then a comma or
     * parenthesis) names the city the story was filed from: looked up as {@code Niigata City} when the KB
     * knows a city of that name apart from the prefecture. {@code null} when the mention is no dateline.
     */
    String datelineKey(String text, int start, int end, String key) {
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
        if (!lineStart || end >= text.length() || !DATELINE_END.matcher(text).region(end, text.length()).lookingAt()) {
            return null;
        }
        String name = text.substring(start, end);
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
            return null;
        }
        String k = key + "city";
        return kb.lookup(k).stream().anyMatch(h -> !h.partial()) ? k : null;
    }

    private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:,|\\(|[—–-])");

    /** The key to look the place up under, or {@code null} to keep its own. */
    String qualifiedKey(String text, int end, String key) {
        Matcher m = FOLLOWING.matcher(text).region(end, Math.min(text.length(), end + 24));
        if (!m.lookingAt()) {
            return null;
        }
        String role = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        String k = key + (role.startsWith("gov") || role.equals("prefectural") ? "prefecture" : "city");
        return kb.lookup(k).stream().anyMatch(h -> !h.partial()) ? k : null;
    }
}
