package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects a PERSON mention whose English name ends in a word no person's name ends in: a place
 * class ({@code Miyazaki Prefecture}, {@code Nagaoka City}, {@code Shimanto River}) makes it a
 * LOCATION, a facility word ({@code Joetsu Shinkansen}, {@code Miyazaki Airport}) a FACILITY, a generic organization word ({@code Kanamori Pharmaceutical}, {@code X Holdings}), also kept in
 * romaji ({@code X Denki}, {@code X Yakuhin}), an ORGANIZATION. The recognizer's type decides which KB entries may be linked and the NIL id's type,
 * so the Japanese side (typed right by its dictionary) and the English side agree.
 */
final class NameClass {
    private static final Set<String> PLACE_WORDS = Set.of("prefecture", "city", "town", "village", "ward",
            "county", "river", "bay", "lake", "island", "islands", "peninsula", "strait", "mountains");
    /** Facility words no person's name ends in (not {@code Park}, {@code Temple}, {@code Castle}, {@code Tower}). */
    private static final Set<String> FACILITY_WORDS = Set.of("airport", "station", "shinkansen", "expressway",
            "stadium", "gymnasium", "shrine", "museum", "library", "tunnel", "arena");

    private NameClass() {
    }

    static Mention corrected(Mention m) {
        if (m.type() != EntityType.PERSON || !NameForms.isLatin(m.text())) {
            return m;
        }
        String[] words = m.text().strip().toLowerCase(Locale.ROOT).split("[^a-z]+");
        if (words.length < 2) {
            return m;
        }
        String last = words[words.length - 1];
        if (PLACE_WORDS.contains(last)) {
            return new Mention(m.span(), m.text(), EntityType.LOCATION, null, m.value(), m.entity());
        }
        if (FACILITY_WORDS.contains(last)) {
            return new Mention(m.span(), m.text(), EntityType.FACILITY, null, m.value(), m.entity());
        }
        if (japaneseFullName(m.text())) {
            return m;
        }
        String romanized = GenericWords.fromRomaji(last);  // Yamada Denki: 電機 kept in romaji
        if (GenericWords.endsInOrganizationWord(java.util.List.of(last)) || romanized != null
                && GenericWords.endsInOrganizationWord(GenericWords.words(romanized))) {
            return new Mention(m.span(), m.text(), EntityType.ORGANIZATION, Subtype.COMPANY, m.value(), m.entity());
        }
        return m;
    }

    /**
     * A Latin name of two or more words each of which is a Japanese family or given name ({@code Aoi Shoji},
     * where {@code Shoji} also romanizes 商事 = trading): a PERSON the recognizer found stays one.
     */
    static boolean japaneseFullName(String name) {
        if (!NameForms.isLatin(name)) {
            return false;
        }
        String[] words = name.strip().split("\\s+");
        return words.length > 1 && java.util.Arrays.stream(words).allMatch(ForeignName.shared()::isJapaneseName);
    }
}
