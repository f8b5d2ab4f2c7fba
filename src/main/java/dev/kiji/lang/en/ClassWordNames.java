package dev.kiji.lang.en;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import java.util.ArrayList;
import java.util.List;

/**
 * A name followed by a lower-case word for its class is named with it, as the annotation conventions have it; the CRF
 * stops before the lower-case word: a place and {@code region} ({@code the Kinki region}), a place and
 * {@code mountains}, {@code caldera} or {@code mountain range} ({@code the Shirakami mountains}), a name and
 * {@code stable} (a sumo stable: {@code Iwaki stable}), {@code tournament} (a sumo tournament named by its city:
 * {@code the Kyushu tournament}), {@code movement} (a political movement: {@code the Houthi movement}) or
 * {@code ski resort}. Only a name with nothing but one space before the word, the word ending there, and no mention
 * starting right after, is lengthened; the class word gives the type.
 */
final class ClassWordNames {
    /** A class word, the types of mention it may follow, and the type (and subtype) of the lengthened name. */
    private record ClassWord(String word, List<EntityType> after, EntityType type, Subtype subtype) {
    }

    private static final List<EntityType> NAMES = List.of(EntityType.LOCATION, EntityType.PERSON, EntityType.ORGANIZATION);
    private static final List<ClassWord> WORDS = List.of(
            new ClassWord("region", List.of(EntityType.LOCATION), EntityType.LOCATION, null),
            new ClassWord("mountain range", NAMES, EntityType.LOCATION, null),
            new ClassWord("mountains", NAMES, EntityType.LOCATION, null),
            new ClassWord("caldera", NAMES, EntityType.LOCATION, null),
            new ClassWord("stable", NAMES, EntityType.ORGANIZATION, Subtype.OTHER),
            new ClassWord("tournament", NAMES, EntityType.EVENT, null),
            new ClassWord("movement", NAMES, EntityType.ORGANIZATION, Subtype.POLITICAL),
            new ClassWord("ski resort", NAMES, EntityType.FACILITY, null));

    private ClassWordNames() {
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(lengthened(text, m, mentions));
        }
        return out;
    }

    private static Mention lengthened(String text, Mention m, List<Mention> mentions) {
        int end = m.span().end();
        for (ClassWord c : WORDS) {
            CharSpan word = new CharSpan(end, end + 1 + c.word().length());
            boolean followed = c.after().contains(m.type()) && text.startsWith(" " + c.word(), end)
                    && (word.end() == text.length() || !Character.isLetterOrDigit(text.charAt(word.end())))
                    && !m.text().toLowerCase(java.util.Locale.ROOT).endsWith(c.word())
                    && mentions.stream().noneMatch(o -> o.span().overlaps(word));
            if (followed) {
                CharSpan s = new CharSpan(m.span().start(), word.end());
                return new Mention(s, s.slice(text), c.type(), c.subtype(), m.value(), m.entity());
            }
        }
        return m;
    }
}
