package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name that ends in a facility's head word is a facility, whatever the CRF, which knows no such class, called it:
 * "Yoshida Trail" (a place to it), "Kyoto National Museum" (an organization), "Hamaoka Nuclear Power Plant", a canal, pond or burial mound ("Kagawa Canal", "Nanakoshiyama Kofun"), a hospital, a school
 * ("Kofu Minami High School") or a hotel ("Hotel Sakura Garden"). The
 * annotation conventions class routes, lines, stations, airports, bridges, museums, castles, temples and shrines as
 * facilities. Likewise a person or organization whose name begins or ends with a place's head word is a place
 * ("Lake Biwa", "Mount Yotei", "Kuma River"). Only multi-word names are retyped, and the knowledge base's type still
 * wins afterwards ({@link KnownTypes}).
 */
final class FacilityHeads {
    private static final Set<String> HEADS = Set.of("Airport", "Station", "Bridge", "Trail", "Route", "Expressway",
            "Highway", "Stadium", "Arena", "Museum", "Castle", "Temple", "Shrine", "Tower", "Dam", "Tunnel", "Port",
            "Line", "Plant", "Shinkansen", "Lodge", "Canal", "Pond", "Reservoir", "Kofun", "Tomb", "Hospital", "Spaceport",
            "Library", "Zoo", "Hotel", "Palace", "Cathedral", "Mosque", "Theater", "Theatre", "Terminal", "Lighthouse");
    /**
     * The word before a final "School" that makes the name a school's, which the conventions class as a facility
     * ("Kofu Minami High School", "Sakura Elementary School"); a "Business School" or "Law School" is a university's
     * faculty, an organization.
     */
    private static final Set<String> SCHOOL_KINDS = Set.of("High", "Elementary", "Primary", "Secondary", "Middle");
    /** Words that end (River) or begin (Lake, Mount) a place's name: such a name is a place, not a person. */
    private static final Set<String> PLACE_HEADS = Set.of("River", "Bay", "Island", "Islands", "Peninsula",
            "Mountains", "Strait", "Sea", "Ocean", "Prefecture", "Province", "Valley", "Plain", "Gulf");
    private static final Set<String> PLACE_LEADS = Set.of("Lake", "Mount", "Mt.", "Gulf", "Cape");

    private FacilityHeads() {
    }

    static List<Mention> apply(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean named = m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.PERSON;
            String[] words = m.text().strip().split("\\s+");
            boolean facility = named && words.length > 1 && (HEADS.contains(words[words.length - 1])
                    || words.length > 2 && words[words.length - 1].equals("School") && SCHOOL_KINDS.contains(words[words.length - 2])
                    || words[0].equals("Hotel"));
            boolean place = (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) && words.length > 1
                    && (PLACE_HEADS.contains(words[words.length - 1]) || PLACE_LEADS.contains(words[0]));
            out.add(facility ? new Mention(m.span(), m.text(), EntityType.FACILITY, null, m.value(), m.entity())
                    : place ? new Mention(m.span(), m.text(), EntityType.LOCATION, null, m.value(), m.entity()) : m);
        }
        return out;
    }
}
