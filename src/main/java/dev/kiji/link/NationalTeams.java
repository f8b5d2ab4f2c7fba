package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import dev.kiji.link.kb.Sports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country that a sports article names as a side ({@code Japan beat Nepal}, {@code 日本代表}, the recognizer typing
 * it an organization) is that country's national team in the article's sport, when the KB holds the team under its
 * English name {@code <Country> [men's|women's] national <sport> team} ({@code Japan national cricket team}). The sport
 * is the one the article names most often ({@link Sports#of}); the women's team when the article speaks of women
 * (女子, women's) more than of men ({@link Sports#women}). No sport, or no such team in the KB: the country stays the country. A cluster
 * that holds the country both as a side and as a place ({@code Japan beat Nepal … cricket in Japan}) is split in two
 * ({@link #split}).
 */
final class NationalTeams {
    private static final Pattern TEAM = Pattern.compile(
            "(.+?) (?:(men's|women's) )?national ((?:field |ice |rugby )?[a-z]+(?: union| sevens)?) team");
    /** The Japanese {@code <country>代表} (日本代表, ネパール代表): the country's representative side. */
    private static final Pattern REPRESENTATIVE = Pattern.compile("(.+?)(?:男子|女子)?代表");

    private final KnowledgeBase kb;
    /** Country entry id + sport + gender ({@code men's}, {@code women's} or empty) → team. */
    private final Map<String, KbEntry> teams = new HashMap<>();

    NationalTeams(KnowledgeBase kb) {
        this.kb = kb;
        for (KbEntry e : kb.entries()) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (String name : e.names(true)) {
                Matcher m = TEAM.matcher(name);
                if (!m.matches()) {
                    continue;
                }
                country(m.group(1)).ifPresent(c -> teams.putIfAbsent(
                        key(c, m.group(3), m.group(2) == null ? "" : m.group(2)), e));
            }
        }
    }

    /**
     * The clusters with each country that is a side in a sports article linked to its national team ({@link #team}),
     * a cluster holding the country both as a side and as a place split in two ({@link #split}; {@code linked} is
     * updated); the clusters themselves when the article names no sport.
     */
    List<Cluster> relink(List<Cluster> clusters, Map<Cluster, KbEntry> linked, String text) {
        Optional<String> sport = Sports.of(text);
        if (sport.isEmpty()) {
            return clusters;
        }
        boolean women = Sports.women(text);
        List<Cluster> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            KbEntry was = linked.get(c);
            Optional<KbEntry> team = team(c, was, sport.get(), women);
            if (team.isEmpty()) {
                out.add(c);
                continue;
            }
            linked.remove(c);
            List<Cluster> parts = split(c);
            linked.put(parts.get(0), team.get());
            if (parts.size() > 1 && was != null) {
                linked.put(parts.get(1), was);
            }
            out.addAll(parts);
        }
        return out;
    }

    /**
     * The national team of the country an ORGANIZATION cluster is linked to ({@code linked}), or names as its
     * representative side ({@code 日本代表}), in {@code sport}; a side the KB holds no team for is its country, as the
     * English article's bare country name is; empty when there is none.
     */
    private Optional<KbEntry> team(Cluster c, KbEntry linked, String sport, boolean women) {
        if (c.forms().stream().noneMatch(NationalTeams::side)) {
            return Optional.empty();
        }
        KbEntry country = linked != null ? (linked.isCountry() ? linked : null) : representedCountry(c);
        if (country == null) {
            return Optional.empty();
        }
        KbEntry t = teams.get(key(country, sport, women ? "women's" : "men's"));
        t = t != null || women ? t : teams.get(key(country, sport, ""));
        return Optional.ofNullable(t == null && linked == null ? country : t);  // ネパール代表 without a team: Nepal, as English names it
    }

    /**
     * The cluster's mentions typed ORGANIZATION (the side) and the others (the place), each as a cluster, the side
     * first; the other is absent when empty.
     */
    private static List<Cluster> split(Cluster c) {
        Cluster side = new Cluster(EntityType.ORGANIZATION);
        Cluster place = new Cluster(c.type() == EntityType.ORGANIZATION ? EntityType.LOCATION : c.type());
        c.forms().forEach(f -> (side(f) ? side : place).add(f, null));
        return place.forms().isEmpty() ? List.of(side) : List.of(side, place);
    }

    private static boolean side(MentionForm f) {
        return f.type() == EntityType.ORGANIZATION;
    }

    private KbEntry representedCountry(Cluster c) {
        for (MentionForm f : c.forms()) {
            Matcher m = REPRESENTATIVE.matcher(f.canonical());
            if (m.matches()) {
                Optional<KbEntry> country = country(m.group(1));
                if (country.isPresent()) {
                    return country.get();
                }
            }
        }
        return null;
    }

    private Optional<KbEntry> country(String name) {
        return kb.lookup(NameKey.of(name)).stream().filter(h -> !h.partial() && h.entry().isCountry())
                .map(KnowledgeBase.AliasHit::entry).findFirst();
    }

    private static String key(KbEntry country, String sport, String gender) {
        return country.id() + '\u0000' + sport + '\u0000' + gender;
    }
}
