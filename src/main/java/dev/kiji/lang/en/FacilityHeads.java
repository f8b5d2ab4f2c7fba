package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name that ends in a facility's head word is a facility, whatever the CRF, which knows no such class, called it:
 * "Yoshida Trail" (a place to it), "Kyoto National Museum" (an organization), "Hamaoka Nuclear Power Plant". The
 * annotation conventions class routes, lines, stations, airports, bridges, museums, castles, temples and shrines as
 * facilities. Only multi-word names are retyped, and the knowledge base's type still wins afterwards
 * ({@link KnownTypes}).
 */
final class FacilityHeads {
    private static final Set<String> HEADS = Set.of("Airport", "Station", "Bridge", "Trail", "Route", "Expressway",
            "Highway", "Stadium", "Arena", "Museum", "Castle", "Temple", "Shrine", "Tower", "Dam", "Tunnel", "Port",
            "Line", "Plant", "Shinkansen");

    private FacilityHeads() {
    }

    static List<Mention> apply(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean named = m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION
                    || m.type() == EntityType.PERSON;
            String[] words = m.text().strip().split("\\s+");
            boolean facility = named && words.length > 1 && HEADS.contains(words[words.length - 1]);
            out.add(facility ? new Mention(m.span(), m.text(), EntityType.FACILITY, null, m.value(), m.entity()) : m);
        }
        return out;
    }
}
