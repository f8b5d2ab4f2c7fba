package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A country that a sports article names as a side ({@code Japan beat Nepal}, {@code 日本代表}, the recognizer typing
 * it an organization) is that country's national team in the article's sport, when the KB holds the team under its
 * English name {@code <Country> [men's|women's] national <sport> team} ({@code Japan national cricket team}). The sport
 * is the one the article names most often ({@link #SPORTS}); the women's team when the article speaks of women
 * (女子, women's) more than of men. No sport, or no such team in the KB: the country stays the country. A cluster
 * that holds the country both as a side and as a place ({@code Japan beat Nepal … cricket in Japan}) is split in two
 * ({@link #split}).
 */
public final class NationalTeams {
    private static final Pattern TEAM = Pattern.compile(
            "(.+?) (?:(men's|women's) )?national ((?:field |ice |rugby )?[a-z]+(?: union| sevens)?) team");
    /** Sport of a team's name → the words an article names it with, in either language. */
    private static final Map<String, List<String>> SPORTS = Map.ofEntries(
            Map.entry("cricket", List.of("クリケット", "cricket")),
            Map.entry("football", List.of("サッカー", "football", "soccer")),
            Map.entry("rugby union", List.of("ラグビー", "rugby")),
            Map.entry("baseball", List.of("野球", "baseball")),
            Map.entry("basketball", List.of("バスケットボール", "basketball")),
            Map.entry("volleyball", List.of("バレーボール", "volleyball")),
            Map.entry("field hockey", List.of("ホッケー", "hockey")),
            Map.entry("ice hockey", List.of("アイスホッケー", "ice hockey")),
            Map.entry("handball", List.of("ハンドボール", "handball")));
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
        Optional<String> sport = sport(text);
        if (sport.isEmpty()) {
            return clusters;
        }
        boolean women = women(text);
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

    /** The article's sport, by the names of {@link #SPORTS} it uses most; empty when none or a tie. */
    public static Optional<String> sport(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, List<String>> s : SPORTS.entrySet()) {
            int n = 0;
            for (String w : s.getValue()) {
                n += count(lower, w);
            }
            if (n > bestCount) {
                best = s.getKey();
                bestCount = n;
                tie = false;
            } else if (n == bestCount && n > 0) {
                tie = true;
            }
        }
        if (best != null && best.equals("field hockey") && count(lower, "アイスホッケー") + count(lower, "ice hockey") > 0) {
            return Optional.of("ice hockey");
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** True when the article speaks of women's sport more often than of men's. */
    private static boolean women(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int women = count(lower, "women's");
        return count(lower, "女子") + women > count(lower, "男子") + count(lower, "men's") - women;
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
        KbEntry country = linked != null ? (isCountry(linked) ? linked : null) : representedCountry(c);
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
        return kb.lookup(NameKey.of(name)).stream().filter(h -> !h.partial() && isCountry(h.entry()))
                .map(KnowledgeBase.AliasHit::entry).findFirst();
    }

    private static boolean isCountry(KbEntry e) {
        return e.id().startsWith(CountryInstitutions.COUNTRY_PREFIX);
    }

    private static String key(KbEntry country, String sport, String gender) {
        return country.id() + '\u0000' + sport + '\u0000' + gender;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
