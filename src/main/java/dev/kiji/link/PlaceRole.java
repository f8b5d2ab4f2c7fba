package dev.kiji.link;

import dev.kiji.link.kb.KnowledgeBase;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English place name followed by an office that belongs to one kind of place is looked up as that
 * kind: {@code Hiroshima Governor} and {@code Hiroshima prefectural officials} mean the prefecture,
 * {@code Niigata Mayor} the city, where the bare name would link to the city or prefecture the KB
 * prefers; a governor's place may also be a state or province ({@code Sao Paulo Governor}). So is a name the text
 * introduces as a kind of place: {@code the city of Kagoshima}, {@code the town of Zao}, or that the kind of place
 * follows outside the mention ({@code the Valparaiso region}, {@code Kharkiv province}). Used only when the KB knows
 * the qualified name ({@code Hiroshima Prefecture}, {@code Zao Town}, {@code Valparaiso Region}). A place the text
 * introduces as a kind ({@code the city of Okayama}) stays that place for the article's later bare mentions of the name.
 */
final class PlaceRole {
    private static final Pattern FOLLOWING = Pattern.compile(
            "(?:\\s+(governor|gov\\.|prefectural|mayor|city\\s+hall)|-(based|headquartered)|\\s+(region|province|prefecture|state|oblast))\\b",
            Pattern.CASE_INSENSITIVE);

    /** {@code the city of }, {@code the town of } ending right before the name. */
    private static final Pattern PRECEDING = Pattern.compile(
            "(?:^|\\s)(?:the\\s+)?(city|town|village|ward|prefecture|state|province)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
    private static final int PRECEDING_WINDOW = 24;
    private static final java.util.List<String> GOVERNED = java.util.List.of("prefecture", "state", "province");

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
        return known(key, java.util.List.of("city"));
    }

    private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:,|\\(|[—–-])");

    /**
     * The key of a place the text introduces as a kind of place ({@code the city of Kagoshima}, {@code the town of
     * Zao}), or {@code null}. Later bare mentions of the name in the article mean the same place.
     */
    String introducedKey(String text, int start, int end, String key) {
        Matcher before = PRECEDING.matcher(text.substring(Math.max(0, start - PRECEDING_WINDOW), start));
        return before.find() ? known(key, java.util.List.of(before.group(1).toLowerCase(Locale.ROOT))) : null;
    }

    /**
     * The key of a place followed by an office that belongs to one kind of place ({@code Hiroshima Governor},
     * {@code Niigata Mayor}, {@code Niigata-based}) or by the kind itself ({@code the Valparaiso region}), or
     * {@code null}; it qualifies that mention only ({@code the Valparaiso region; Valparaiso itself}).
     */
    String followingKey(String text, int end, String key) {
        Matcher m = FOLLOWING.matcher(text).region(end, Math.min(text.length(), end + 24));
        if (!m.lookingAt()) {
            return null;
        }
        if (m.group(3) != null) {
            return known(key, java.util.List.of(m.group(3).toLowerCase(Locale.ROOT)));
        }
        String role = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return known(key, role.startsWith("gov") || role.equals("prefectural") ? GOVERNED : java.util.List.of("city"));
    }

    /**
     * The first of {@code key + kind} the KB knows as a whole name, else {@code null}. A name several municipalities
     * share ({@code the city of Miyoshi}: in Aichi, Hiroshima and Tokushima) is left to the article's context, though
     * one of them may be called {@code Miyoshi City} in the KB.
     */
    private String known(String key, java.util.List<String> kinds) {
        if (kb.lookupMunicipality(key).size() > 1) {
            return null;
        }
        for (String kind : kinds) {
            String k = key + kind;
            if (kb.lookup(k).stream().anyMatch(h -> !h.partial())) {
                return k;
            }
        }
        return null;
    }
}
