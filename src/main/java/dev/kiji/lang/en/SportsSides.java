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
 * or a position in the side ({@code Japan head coach}, {@code a former Fiji flanker}, {@code Japan's women}). CoreNLP tags
 * every country a place;
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
        for (Mention m : mentions) {
            boolean side = m.type() == EntityType.LOCATION && country(kb, m.text())
                    && (AFTER.matcher(text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 20))).find()
                    || BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 20), m.span().start())).find());
            out.add(side ? Mention.of(m.span(), text, EntityType.ORGANIZATION, Subtype.OTHER, null) : m);
        }
        return out;
    }

    private static boolean country(KnowledgeBase kb, String name) {
        return kb.lookup(NameKey.of(name)).stream().anyMatch(h -> !h.partial() && h.entry().isCountry());
    }
}
