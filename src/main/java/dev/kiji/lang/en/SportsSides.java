package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.Sports;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * In a sports story ({@link Sports#of}), a country named as a side of a match is an organization, its team:
 * {@code Japan beat Papua New Guinea}, {@code lost to Nepal}, {@code against Oman}, {@code beat the Netherlands}, {@code face Tunisia},
 * and a country before the plural verb a side takes ({@code Japan are aiming}), before its women or men, or before a post
 * or a position in the side ({@code Japan head coach}, {@code a former Fiji flanker}, {@code Japan's women}). A country
 * found to be a side is the side in the story's other mentions of it too ({@code Japan pressed higher}), except where the
 * copy sets it as a place ({@code in Japan}, a dateline, {@code Japan's government}). CoreNLP tags every country a place;
 * the linker then takes such an organization to the national team of the story's sport. A country the KB does not
 * know as one, or one not next to a result word, stays a place.
 */
final class SportsSides {
    /** A match result or play right after the side. */
    private static final Pattern AFTER = Pattern.compile("^\\s+(?:beat|beats|defeated|defeats|edged|thrashed|overcame|"
            + "lost|drew|tied|won|batted|bowled|chased|qualified|advanced|scored|leveled|levelled|play|plays|face|faces|meet|meets"
            + "|are|were|women|men|(?:head )?coach|captain|skipper|manager|flanker|winger|prop|hooker|fly-half|scrum-half"
            + "|fullback|striker|midfielder|defender|goalkeeper|pitcher|batter|bowler|setter|squad)\\b"
            + "|^['’]s\\s+(?:women|men|team|squad|side|coach|head coach|captain)\\b");
    /** The opponent's side of a result, right before it. */
    private static final Pattern BEFORE = Pattern.compile("\\b(?i:against|beat|beats|beating|defeated|defeating|"
            + "lost to|losing to|over|vs\\.?|versus|face|faces|facing|meet|meets|play|plays|playing)\\s+(?:the\\s+)?$");

    private SportsSides() {
    }

    static List<Mention> apply(String text, KnowledgeBase kb, List<Mention> mentions) {
        if (Sports.of(text).isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        java.util.Set<String> sides = new java.util.HashSet<>();
        for (Mention m : mentions) {
            boolean side = m.type() == EntityType.LOCATION && country(kb, m.text())
                    && (AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 20))).find()
                    || BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 20), m.span().start())).find());
            if (side) {
                sides.add(m.text());
            }
            out.add(side ? Mention.of(m.span(), text, EntityType.ORGANIZATION, Subtype.OTHER, null) : m);
        }
        // the story's sides are its sides elsewhere too, but where the copy sets the country as a place
        out.replaceAll(m -> m.type() == EntityType.LOCATION && sides.contains(m.text()) && !placeContext(text, m)
                ? Mention.of(m.span(), text, EntityType.ORGANIZATION, Subtype.OTHER, null) : m);
        return out;
    }

    /** A preposition or verb of place before the country ({@code in Japan}, {@code to Japan}), or a dateline's place. */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?i:in|at|from|to|across|around|throughout|into|"
            + "visit|visited|visiting|left|leave|return|returned|of)\\s+(?:the\\s+)?|(?:^|\\n)[A-Z ,.]*,?\\s*)$");

    private static boolean placeContext(String text, Mention m) {
        int s = m.span().start();
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 25));
        return PLACE_BEFORE.matcher(text.substring(Math.max(0, s - 30), s)).find()
                || after.matches("(?s)^\\s*(?:[-–—,]|['’]s\\s+(?:government|prime|foreign|economy|capital)).*");
    }

    private static boolean country(KnowledgeBase kb, String name) {
        return kb.lookup(NameKey.of(name)).stream().anyMatch(h -> !h.partial() && h.entry().isCountry());
    }
}
