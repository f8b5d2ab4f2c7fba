package dev.kiji.link;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Foreign institutions an article names generically once it has said which country it is about: an article
 * about Hungary writes {@code 国民議会} / {@code the National Assembly} for {@code ハンガリー国民議会} /
 * {@code National Assembly of Hungary}. A cluster is <em>generic</em> when its name is made of generic words
 * alone ({@link NilKey#genericOnly}: no proper part). A generic ORGANIZATION or FACILITY cluster the KB does not
 * know under its own name is looked up in the country-qualified forms the KB writes such institutions in, for
 * the article's countries (LOCATION entities linked to a {@code kb:country:} entry), most salient first:
 * Japanese {@code <country name or short form><name>} ({@code ハンガリー国民議会}, {@code 韓国国会}) and a mission's
 * {@code 在<country><name>} ({@code 在エジプト日本大使館}), English {@code <name> of <Country>}, {@code <name> in <Country>}
 * ({@code Embassy of Japan in Egypt}), {@code <name> (<Country>)} ({@code Constitutional Council (France)}),
 * {@code <Demonym> <name>} ({@link Demonyms}), {@code <Country> <name>} and
 * {@code <Country>'s <name>}. The first country with any match decides: exactly one ORGANIZATION or FACILITY
 * entry links, more stay unlinked. A name the KB knows bare (Japan's {@code 外務省}, {@code 国会},
 * {@code Foreign Ministry}) never reaches this lookup, so a Japanese article keeps naming Japan's own
 * institutions; a country written right before the name is {@link CountryQualifier}'s.
 *
 * <p>A generic name that stays unlinked gets a NIL key qualified by the article's main foreign country (the most
 * salient country other than Japan): {@code nil:name:hu_national_parliament}, so that the National
 * Assembly of an article about Hungary and that of one about Korea differ and the Japanese and English articles
 * about one country agree.
 */
final class CountryInstitutions {
    static final String COUNTRY_PREFIX = KbEntry.COUNTRY_ID_PREFIX;
    private static final String JAPAN = COUNTRY_PREFIX + "jp";
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    private final KnowledgeBase kb;

    CountryInstitutions(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * The countries an article names (KB country entries its clusters link to), most salient first
     * ({@link Salience}, relative to the most-mentioned country), ties by id.
     */
    static List<KbEntry> ranked(Map<Cluster, KbEntry> linked, Document doc) {
        Map<KbEntry, List<MentionForm>> forms = new HashMap<>();
        linked.forEach((c, e) -> {
            if (e.isCountry()) {
                forms.computeIfAbsent(e, k -> new ArrayList<>()).addAll(c.forms());
            }
        });
        Salience salience = new Salience(doc, forms.values().stream().mapToInt(List::size).max().orElse(1));
        Map<KbEntry, Double> score = new HashMap<>();
        forms.forEach((e, fs) -> score.put(e, salience.of(fs.stream().map(MentionForm::mention).toList(),
                fs.stream().map(MentionForm::key).distinct().toList())));
        return score.keySet().stream().sorted(Comparator.comparingDouble((KbEntry e) -> -score.get(e))
                .thenComparing(KbEntry::id)).toList();
    }

    /** The most salient country other than Japan, or {@code null}. */
    static KbEntry mainForeign(List<KbEntry> countries) {
        return countries.stream().filter(e -> !e.id().equals(JAPAN)).findFirst().orElse(null);
    }

    /** An ORGANIZATION or FACILITY cluster (as typed, or as its name says) whose name has no proper part. */
    static boolean generic(Cluster c) {
        EntityType named = NilNames.type(c);
        if (!institution(c.type()) && !institution(named)) {
            return false;
        }
        MentionForm rep = c.representative();
        List<String> words = NilKey.genericWords(named, rep.canonical(), rep.tokens());
        return words != null && words.stream().noneMatch(SUPRANATIONAL::contains);
    }

    /**
     * Words that make a generic name a body above or between countries, not one country's: the {@code North Pacific
     * Fisheries Commission} of an article about Japan and China is neither's.
     */
    private static final Set<String> SUPRANATIONAL = Set.of("international", "world", "global", "pacific", "atlantic",
            "asia", "asian", "europe", "european", "africa", "african", "arctic", "antarctic", "regional");

    private static boolean institution(EntityType t) {
        return t == EntityType.ORGANIZATION || t == EntityType.FACILITY;
    }

    /** The one KB institution a generic cluster names in the country-qualified forms of the first country with any. */
    Optional<KbEntry> resolve(Cluster c, List<KbEntry> countries) {
        if (countries.isEmpty() || !generic(c)) { // the cheap test first: most articles name no country
            return Optional.empty();
        }
        for (KbEntry country : countries) {
            Set<String> found = new LinkedHashSet<>();
            KbEntry one = null;
            for (String key : qualifiedKeys(c, country)) {
                for (KnowledgeBase.AliasHit h : kb.lookup(key)) {
                    if (!h.partial() && institution(h.entry().type())
                            && KbAliasIds.compatible(h.entry().type(), c.type()) && found.add(h.entry().id())) {
                        one = h.entry();
                    }
                }
            }
            if (!found.isEmpty()) {
                return found.size() == 1 ? Optional.of(one) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * In an English article about a foreign country, a generic name the KB knows bare as another country's
     * ({@code the Supreme Court}, {@code Congress}) is the lead country's institution when the KB has it
     * ({@code House of Representatives of Indonesia}) and the country named last before it is the lead country, not
     * Japan ("In Japan, the Foreign Ministry said ..." stays Japan's). Japanese copy is left alone: it writes
     * {@code 外務省} bare for Japan's own ministry in a story abroad without naming Japan.
     */
    Optional<KbEntry> ofLeadCountry(Cluster c, List<KbEntry> countries, Map<Cluster, KbEntry> linked) {
        if (countries.isEmpty() || countries.get(0).id().equals(JAPAN)
                || !NameForms.isLatin(c.representative().canonical()) || !generic(c)) {
            return Optional.empty();
        }
        KbEntry lead = countries.get(0);
        if (countries.stream().anyMatch(e -> e.id().equals(JAPAN)) && countryBefore(c, linked) != lead) {
            return Optional.empty();
        }
        return resolve(c, countries.subList(0, 1));
    }

    /** The country whose mention comes last before the cluster's first mention, or null. */
    private static KbEntry countryBefore(Cluster c, Map<Cluster, KbEntry> linked) {
        int at = c.forms().stream().mapToInt(f -> f.mention().span().start()).min().orElse(0);
        KbEntry best = null;
        int bestStart = -1;
        for (Map.Entry<Cluster, KbEntry> e : linked.entrySet()) {
            if (!e.getValue().isCountry()) {
                continue;
            }
            for (MentionForm f : e.getKey().forms()) {
                int start = f.mention().span().start();
                if (start < at && start > bestStart) {
                    bestStart = start;
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    /** The keys of every mention's name qualified by {@code country} as news copy writes it in its language. */
    private static Set<String> qualifiedKeys(Cluster c, KbEntry country) {
        Set<String> out = new LinkedHashSet<>();
        for (MentionForm f : c.forms()) {
            String name = LEADING_THE.matcher(f.canonical().strip()).replaceFirst("");
            if (NameForms.isLatin(name)) {
                for (String n : country.names(true)) {
                    out.add(NameKey.of(name + " of " + n));
                    out.add(NameKey.of(name + " in " + n));  // a mission abroad: Embassy of Japan in Egypt
                    out.add(NameKey.of(name + " (" + n + ")"));  // as the KB tells namesakes apart: Constitutional Council (France)
                    out.add(NameKey.of(n + " " + name));
                    out.add(NameKey.of(n + "'s " + name));
                }
                String code = country.id().substring(COUNTRY_PREFIX.length());
                Demonyms.of(code).forEach(d -> out.add(NameKey.of(d + " " + name)));
            } else {
                country.names(false).forEach(n -> {
                    out.add(NameKey.of(n + name));
                    out.add(NameKey.of("在" + n + name));  // 在エジプト日本大使館
                });
            }
        }
        out.remove("");
        return out;
    }

    /** {@code nil:<class>:<key>} of a generic cluster as {@code nil:<class>:<country code>_<key>}; else {@code id}. */
    static String qualifiedNilId(String id, Cluster c, KbEntry mainForeign) {
        if (mainForeign == null || !generic(c)) {
            return id;
        }
        int colon = id.indexOf(':', "nil:".length());
        String code = mainForeign.id().substring(COUNTRY_PREFIX.length());
        return id.substring(0, colon + 1) + code + "_" + id.substring(colon + 1);
    }
}
