package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A class word English copy writes once, in the plural, after names it joins with {@code and}: {@code the Takahama
 * and Yokogawara lines}, {@code Saijo and Niihama stations}, {@code Ishigaki and Iriomote islands}. Each name is read
 * as if the class followed it alone ({@code Takahama Line}), so that it links or keys like the Japanese 高浜線; the
 * mention's span stays the name as written. Japanese copy has its own ways of sharing {@code 駅} out: the ends of a
 * line's section ({@code 予讃線は伊予西条―新居浜間で}) and stations listed with their count ({@code 秩父別、北秩父別の3駅}).
 */
final class SharedClassWord {
    /** Plural class words and the singular each name takes, with the type such a name has. */
    private static final Map<String, Map.Entry<String, EntityType>> CLASSES = Map.ofEntries(
            Map.entry("lines", Map.entry("Line", EntityType.FACILITY)),
            Map.entry("stations", Map.entry("Station", EntityType.FACILITY)),
            Map.entry("airports", Map.entry("Airport", EntityType.FACILITY)),
            Map.entry("shrines", Map.entry("Shrine", EntityType.FACILITY)),
            Map.entry("temples", Map.entry("Temple", EntityType.FACILITY)),
            Map.entry("castles", Map.entry("Castle", EntityType.FACILITY)),
            Map.entry("bridges", Map.entry("Bridge", EntityType.FACILITY)),
            Map.entry("dams", Map.entry("Dam", EntityType.FACILITY)),
            Map.entry("museums", Map.entry("Museum", EntityType.FACILITY)),
            Map.entry("rivers", Map.entry("River", EntityType.LOCATION)),
            Map.entry("islands", Map.entry("Island", EntityType.LOCATION)),
            Map.entry("lakes", Map.entry("Lake", EntityType.LOCATION)),
            Map.entry("prefectures", Map.entry("Prefecture", EntityType.LOCATION)),
            Map.entry("universities", Map.entry("University", EntityType.ORGANIZATION)));

    private static final String NAME = "(?:\\s+\\p{Lu}[\\p{L}'’-]*)+";
    /** After the first name: more names joined by commas and and/or, then the plural class. */
    private static final Pattern FIRST = Pattern.compile("(?:,|\\s+and|\\s+or)" + NAME + "(?:(?:,|,?\\s+and|,?\\s+or)" + NAME
            + ")*\\s+(\\p{Ll}+)\\b");
    /** After the last name: the plural class, the name itself joined to one before it. */
    private static final Pattern LAST = Pattern.compile("\\s+(\\p{Ll}+)\\b");
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?:,|\\s(?:and|or))\\s+$");
    private static final int WINDOW = 80;

    /** A section's first end: a dash, the other end, 間 (伊予西条―新居浜間). */
    private static final Pattern SECTION_FROM = Pattern.compile("[―ー－\\-〜～][^\\s、。「」]{1,8}?間");
    /** Stations listed and counted ({@code 北一已、秩父別、北秩父別の3駅}). */
    private static final Pattern COUNTED = Pattern.compile("(?:[、・][^\\s、。の「」]{1,8})*の[0-9０-９一二三四五六七八九十]+駅");
    private static final Pattern DASH_BEFORE = Pattern.compile("[―ー－\\-〜～]$");

    private SharedClassWord() {
    }

    /**
     * A Japanese place name that is a station of a line the sentence names: an end of a section after the line's
     * name ({@code 予讃線は伊予西条―新居浜間で}) or one of stations listed with their count ({@code 秩父別、北秩父別の3駅}).
     */
    private static boolean stationOfLine(Mention m, String text) {
        int s = m.span().start();
        int e = m.span().end();
        int limit = Math.min(text.length(), e + 40);
        if (COUNTED.matcher(text).region(e, limit).lookingAt()) {
            return true;
        }
        int sentence = Math.max(text.lastIndexOf('。', s - 1), text.lastIndexOf('\n', s - 1)) + 1;
        boolean line = text.substring(sentence, s).contains("線");
        boolean from = SECTION_FROM.matcher(text).region(e, limit).lookingAt();
        boolean to = e < text.length() && text.charAt(e) == '間' && DASH_BEFORE.matcher(text.substring(sentence, s)).find();
        return line && (from || to);
    }

    /**
     * The mention read with the class word the text shares out after it ({@code Takahama} → {@code Takahama Line},
     * a facility), or {@code null} when it shares none. Only Latin place, facility and organization names, and Japanese
     * place names whose station the KB knows (so that the station's name needs no reading of its own).
     */
    static Mention read(Mention m, String text, KnowledgeBase kb) {
        if (m.type() != EntityType.LOCATION && m.type() != EntityType.FACILITY && m.type() != EntityType.ORGANIZATION) {
            return null;
        }
        if (!NameForms.isLatin(m.text())) {
            if (m.type() != EntityType.LOCATION || !stationOfLine(m, text)) {
                return null;  // the usual case, before any KB lookup
            }
            String station = m.text() + "駅";
            boolean known = kb.lookup(NameKey.of(station)).stream()
                    .anyMatch(h -> !h.partial() && h.entry().type() == EntityType.FACILITY);
            return known ? new Mention(m.span(), station, EntityType.FACILITY, null, m.value(), m.entity()) : null;
        }
        int end = m.span().end();
        int limit = Math.min(text.length(), end + WINDOW);
        Map.Entry<String, EntityType> cls = null;
        Matcher first = FIRST.matcher(text).region(end, limit);
        if (first.lookingAt()) {
            cls = CLASSES.get(first.group(1));
        }
        if (cls == null) {
            Matcher last = LAST.matcher(text).region(end, limit);
            int from = Math.max(0, m.span().start() - 6);
            if (last.lookingAt() && JOINED_BEFORE.matcher(text.substring(from, m.span().start())).find()) {
                cls = CLASSES.get(last.group(1));
            }
        }
        if (cls == null) {
            return null;
        }
        EntityType type = cls.getValue();
        return new Mention(m.span(), m.text() + " " + cls.getKey(), type,
                type == EntityType.ORGANIZATION ? m.subtype() : null, m.value(), m.entity());
    }
}
