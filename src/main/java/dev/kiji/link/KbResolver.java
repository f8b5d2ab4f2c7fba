package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import dev.kiji.link.kb.Titles;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Chooses the KB entry for a cluster, or none (NIL). Candidates come from the alias index under
 * the cluster's keys; a candidate must agree in type (organization and location may stand in for
 * each other, at a cost). Score = type agreement + full-name match + context (description words
 * found in the article or among the mention's titles) + a small prior for entries with a QID, then a
 * smaller one for the entry whose label the name is or begins, then a curated entry over an ENAMDICT import. A company name the KB does not know
 * is looked up again without its legal form ({@link LegalForm}).
 *
 * <p>People are linked conservatively: a cluster holding a full name the KB does not know (and that is
 * not the end of a known full name in the cluster) is NIL even if its surname matches a famous person; a
 * bare surname links only with strong support (a title that fits the description, or two description
 * words in the article) and never when the mention carries a private-person honorific such as
 * {@code さん} or {@code 容疑者}.
 */
final class KbResolver {
    private static final Set<String> PRIVATE_HONORIFICS = Set.of("さん", "君", "くん", "ちゃん", "容疑者", "被告",
            "被告人", "受刑者", "被害者", "容疑", "ら");
    private static final Set<String> STOP = Set.of("from", "with", "that", "this", "former", "company", "city",
            "region", "country", "territory", "organization", "town", "village", "prefecture", "home", "district",
            "known", "famous", "located");  // a town's description: "home of the X Festival", "in Y District"

    private final KnowledgeBase kb;
    private final Map<String, List<String>> contextWords = new ConcurrentHashMap<>();

    KbResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    private static final class Candidate {
        final KbEntry entry;
        boolean full;
        boolean exactType;
        /** 2 when a mention is the entry's label, 1 when it begins a label (楽天 of 楽天グループ), else 0. */
        int labelFit;
        /** Found only as one of several municipalities sharing a class-less name (Miyoshi): context must choose. */
        boolean sharedTown = true;
        /** Found under a name that is no acronym: ＩＣＣ is the court's and the council's, 国際クリケット評議会 only one's. */
        boolean byName;

        Candidate(KbEntry entry) {
            this.entry = entry;
        }
    }

    Optional<KbEntry> resolve(Cluster c, DocContext ctx) {
        Map<String, Candidate> cands = new LinkedHashMap<>();
        List<String> unknownFullNames = new ArrayList<>();
        List<String> knownFullNames = new ArrayList<>();
        for (MentionForm f : c.forms()) {
            boolean fullHit = false;
            List<KnowledgeBase.AliasHit> hits = kb.lookup(f.key());
            String bare = LegalForm.strippedKey(f.canonical());
            if (f.key().equals(bare)) {  // the KB may hold a company's name with its legal form (Mitsubishi Corp.)
                List<KnowledgeBase.AliasHit> asWritten = kb.lookup(NameKey.of(f.canonical()));
                if (asWritten.stream().anyMatch(h -> !h.partial())) hits = asWritten;
            }
            if (hits.isEmpty() && c.type() != EntityType.PERSON && bare != null) {
                hits = kb.lookup(bare);
            }
            boolean town = false;
            if (c.type() == EntityType.LOCATION && hits.stream().allMatch(h -> h.entry().type() == EntityType.PERSON)) {
                hits = kb.lookupMunicipality(f.key());
                town = hits.size() > 1;
            } else if (c.type() == EntityType.LOCATION && hits.stream().noneMatch(h -> h.entry().type() == EntityType.LOCATION)
                    && c.forms().stream().allMatch(x -> x.type() == EntityType.LOCATION)) {
                // Toyota the city, not the company, unless the company is among the cluster's mentions
                List<KnowledgeBase.AliasHit> towns = kb.municipalitiesNamed(f.key());
                if (towns.size() == 1) {
                    hits = concat(hits, towns);
                }
            }
            if (c.type() == EntityType.LOCATION && NameForms.isLatin(f.canonical())) {
                hits = withContainerAfter(f, withClassBefore(f, hits, ctx), ctx);
            }
            if (hits.isEmpty() && (c.type() == EntityType.FACILITY || c.type() == EntityType.LOCATION)
                    && NameForms.isLatin(f.canonical())) {  // English copy has no facility class: a place to the recognizer
                hits = withClassWord(f.key(), ctx);  // Kitora = Kitora Kofun
            }
            boolean acronym = NilKeyForm.isAcronym(f.canonical());
            for (KnowledgeBase.AliasHit h : hits) {
                KbEntry e = h.entry();
                if (!KbAliasIds.compatible(e.type(), c.type()) || acronymForPlace(f, e, c.type())) {
                    continue;
                }
                Candidate cand = cands.computeIfAbsent(e.id(), id -> new Candidate(e));
                cand.sharedTown &= town;
                cand.full |= !h.partial();
                cand.exactType |= e.type() == c.type();
                cand.labelFit = Math.max(cand.labelFit, h.partial() ? 0 : labelFit(f.key(), e));
                cand.byName |= !acronym && !h.partial();
                fullHit |= !h.partial() && e.type() == c.type();
            }
            if (c.type() == EntityType.PERSON && f.isMultiPart()) {
                (fullHit ? knownFullNames : unknownFullNames).add(f.key());
            }
        }
        // a full name the KB does not know makes the person another one, unless it is the end of a known full name
        // in the same cluster (St-Pierre Plamondon of Paul St-Pierre Plamondon)
        boolean unknownFullName = unknownFullNames.stream()
                .anyMatch(u -> knownFullNames.stream().noneMatch(k -> k.length() > u.length() && k.endsWith(u)));
        if (unknownFullName || cands.isEmpty()) {
            return Optional.empty();
        }
        if (cands.values().stream().anyMatch(x -> x.byName && x.exactType)) {  // the full name decides what the acronym is
            cands.values().removeIf(x -> !x.byName);
        }
        List<String> titles = titlesOf(c);
        boolean privatePerson = titles.stream().anyMatch(PRIVATE_HONORIFICS::contains);
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean tiedTowns = false;  // two towns of one name the context cannot tell apart: neither
        for (Candidate cand : cands.values()) {
            int support = support(cand.entry, titles, ctx);
            if (!cand.full && (privatePerson || support < 2) || cand.sharedTown && support < 1) {
                continue;
            }
            double score = (cand.exactType ? 1.0 : 0.4) + (cand.full ? 1.0 : 0.0) + 0.1 * Math.min(support, 5)
                    + (cand.entry.wikidata() != null ? 0.05 : 0.0) + 0.01 * cand.labelFit
                    + (KbEntry.isEnamdictImport(cand.entry.id()) ? 0.0 : 0.001);  // a tie goes to a curated entry
            if (score == bestScore && cand.sharedTown && best.sharedTown) {
                tiedTowns = true;
            }
            if (score > bestScore || (score == bestScore && cand.entry.id().compareTo(best.entry.id()) < 0)) {
                tiedTowns &= score == bestScore;
                best = cand;
                bestScore = score;
            }
        }
        return best == null || tiedTowns ? Optional.empty() : Optional.of(best.entry);
    }

    /**
     * The places the KB names as this name with the class the text writes before it ({@code the city of Oita} → Oita
     * City, {@code the U.S. state of Georgia} → State of Georgia) when there are any and no hit is described as of that
     * class (the towns named Miyoshi are all cities: context chooses among them), else {@code hits}.
     */
    private List<KnowledgeBase.AliasHit> withClassBefore(MentionForm f, List<KnowledgeBase.AliasHit> hits, DocContext ctx) {
        String cls = ctx.classOfBefore(f.mention().span().start());
        if (cls == null || hits.stream().anyMatch(h -> describes(h.entry().description().toLowerCase(Locale.ROOT), cls))) {
            return hits;
        }
        List<KnowledgeBase.AliasHit> own = new ArrayList<>();
        for (String name : List.of(f.canonical() + " " + cls, cls + " of " + f.canonical())) {
            kb.lookup(NameKey.of(name)).stream().filter(h -> !h.partial() && h.entry().type() == EntityType.LOCATION
                    && own.stream().noneMatch(x -> x.entry() == h.entry())).forEach(own::add);
        }
        return own.isEmpty() ? hits : own;
    }

    /**
     * The places of this name in the place the text names after a comma, when the KB has no name for the two together
     * ({@link AddressKey}): the candidates and same-named towns whose description names it ({@code Tokai, Ibaraki
     * Prefecture} → the village in Ibaraki, not the Tokai region), else {@code hits}.
     */
    private List<KnowledgeBase.AliasHit> withContainerAfter(MentionForm f, List<KnowledgeBase.AliasHit> hits, DocContext ctx) {
        String where = ctx.containerAfter(f.mention().span().end());
        if (where == null) {
            return hits;
        }
        List<KnowledgeBase.AliasHit> within = new ArrayList<>();
        for (KnowledgeBase.AliasHit h : concat(hits, kb.municipalitiesNamed(f.key()))) {
            if (h.entry().type() == EntityType.LOCATION && describes(h.entry().description(), where)
                    && within.stream().noneMatch(x -> x.entry() == h.entry())) {
                within.add(h);
            }
        }
        return within.isEmpty() ? hits : within;
    }

    /** {@code description} has {@code word} as a whole word ({@code city}, {@code Ibaraki}). */
    static boolean describes(String description, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(description).find();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Class words English copy leaves off a facility it has named in full before or calls by its proper name alone. */
    private static final List<List<String>> FACILITY_CLASS_WORDS = List.of(List.of("kofun", "tomb", "mound"),
            List.of("power station", "power plant", "plant"), List.of("temple"), List.of("shrine"), List.of("castle"),
            List.of("palace"), List.of("airport"), List.of("port"), List.of("dam"), List.of("bridge"), List.of("stadium"));

    /**
     * The facilities the KB names as this name plus one class word ({@code Kitora} → {@code Kitora Kofun},
     * {@code Svartsengi} → {@code Svartsengi Power Station}), when exactly one entry answers and the article uses the
     * class word or a synonym as a word somewhere (Kofun, tomb, mound): "Aoba" in a story without a castle is no Aoba
     * Castle. Else none.
     */
    private List<KnowledgeBase.AliasHit> withClassWord(String key, DocContext ctx) {
        List<KnowledgeBase.AliasHit> found = new ArrayList<>();
        for (List<String> kind : FACILITY_CLASS_WORDS) {
            if (kind.stream().noneMatch(ctx::containsWord)) {
                continue;
            }
            for (String w : kind) {
                kb.lookup(key + NameKey.of(w)).stream().filter(h -> !h.partial() && h.entry().type() == EntityType.FACILITY
                        && found.stream().noneMatch(x -> x.entry() == h.entry())).forEach(found::add);
            }
        }
        return found.size() == 1 ? found : List.of();
    }

    /**
     * How well a name fits an entry's labels, to choose between entries that share it as an alias and that the
     * context does not tell apart: the entry it is the label of, then the one whose label it begins
     * ({@code ロッテ} is the company's name before its team's, {@code 千葉ロッテマリーンズ}).
     */
    private static int labelFit(String key, KbEntry e) {
        int fit = 0;
        for (String label : new String[] {e.labels().en(), e.labels().ja()}) {
            String k = label == null ? "" : NameKey.of(label);
            fit = Math.max(fit, k.equals(key) ? 2 : k.startsWith(key) ? 1 : 0);
        }
        return fit;
    }

    /**
     * An acronym that is no place ({@code PISA}, the OECD survey, typed a product or an organization) does not link to
     * a place spelt with the same letters ({@code Pisa}): a place's acronym is written in capitals in the KB too.
     */
    private static boolean acronymForPlace(MentionForm f, KbEntry e, EntityType type) {
        return type != EntityType.LOCATION && e.type() == EntityType.LOCATION && NilKeyForm.isAcronym(f.canonical())
                && e.names(true).stream().noneMatch(n -> n.equals(n.toUpperCase(Locale.ROOT)))
                && e.names(false).stream().noneMatch(n -> NilKeyForm.isAcronym(n));
    }

    private static List<String> titlesOf(Cluster c) {
        List<String> out = new ArrayList<>();
        for (MentionForm f : c.forms()) {
            out.addAll(f.titles());
        }
        return out;
    }

    /** Context support: a matching title counts 2, each description word found in the article 1. */
    private int support(KbEntry e, List<String> titles, DocContext ctx) {
        int s = 0;
        for (String w : contextWords.computeIfAbsent(e.id(), id -> words(e))) {
            if (titles.stream().anyMatch(t -> titleFits(fold(t), w))) {
                s += 2;
            } else if (ctx.contains(w)) {
                s++;
            }
        }
        return s;
    }

    /** The offices a leader's word after a name ({@link Titles#leaderWords}: トランプ政権) fits. */
    private static final Pattern LEADER_OFFICE = Pattern.compile("大統領|首相|主席|総書記|総統|国王|最高指導者");

    /**
     * A title fits a description word when equal, or (Japanese) when one contains the other: 長官 / 国務長官; a
     * leader's word (政権) fits a leader's office (大統領).
     */
    private static boolean titleFits(String title, String word) {
        if (title.equals(word) || Titles.isLeaderWord(title) && LEADER_OFFICE.matcher(word).find()) {
            return true;
        }
        boolean latin = title.chars().allMatch(ch -> ch < 0x250);
        return !latin && title.length() >= 2 && (word.contains(title) || title.contains(word));
    }

    private static List<String> words(KbEntry e) {
        List<String> names = new ArrayList<>();
        names.add(e.labels().en() == null ? "" : NameKey.of(e.labels().en()));
        names.add(e.labels().ja() == null ? "" : NameKey.of(e.labels().ja()));
        List<String> out = new ArrayList<>();
        for (String w : e.description().split("[\\s;,()、。/]+")) {
            String f = fold(w);
            boolean latin = f.chars().allMatch(ch -> ch < 0x250);
            if (f.length() < (latin ? 4 : 2) || STOP.contains(f) || f.chars().anyMatch(Character::isDigit)
                    || names.contains(NameKey.of(f)) || out.contains(f)) {
                continue;
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
