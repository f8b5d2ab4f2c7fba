package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import java.util.Locale;
import java.util.Set;

/**
 * Corrects a PERSON mention whose English name ends in a word no person's name ends in: a place
 * class ({@code Miyazaki Prefecture}, {@code Nagaoka City}, {@code Shimanto River}) makes it a
 * LOCATION, a generic organization word ({@code Kanamori Pharmaceutical}, {@code X Holdings}), also kept in
 * romaji ({@code X Denki}, {@code X Yakuhin}), an ORGANIZATION. The recognizer's type decides which KB entries may be linked and the NIL id's type,
 * so the Japanese side (typed right by its dictionary) and the English side agree.
 */
final class NameClass {
    private static final Set<String> PLACE_WORDS = Set.of("prefecture", "city", "town", "village", "ward",
            "county", "river", "bay", "lake", "island", "islands", "peninsula", "strait", "mountains");

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
        String romanized = GenericWords.fromRomaji(last);  // Yamada Denki: 電機 kept in romaji
        if (GenericWords.endsInOrganizationWord(java.util.List.of(last)) || romanized != null
                && GenericWords.endsInOrganizationWord(GenericWords.words(romanized))) {
            return new Mention(m.span(), m.text(), EntityType.ORGANIZATION, Subtype.COMPANY, m.value(), m.entity());
        }
        return m;
    }
}
