package dev.kiji.link;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameReadings;
import dev.kiji.link.kb.Titles;
import dev.kiji.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Stage {@code link}: groups an article's entity mentions into entities ({@link MentionClusterer}),
 * links each to the knowledge base or gives it a stable NIL id ({@link KbResolver},
 * {@link NilNames}), scores salience and returns the document with every entity mention pointing at
 * its entity. A person mention followed in the text by a title ({@code バイデン|米大統領}) gets that title
 * as linking context; an organization right after a place is looked up with it when the KB knows the
 * combination ({@code ロシア|外務省}, see {@link CountryQualifier}); an English place followed by an office
 * is looked up as the kind of place that office belongs to ({@code Hiroshima Governor}, see {@link PlaceRole}). A LOCATION mention such as {@code 日米} is
 * first split into one mention per country ({@link CountryPairs}), and two names joined by a conjunction into
 * two mentions when the article names each alone ({@link CoordinatedNames}); an English "person" named like a place or a
 * company ({@code Miyazaki Prefecture}, {@code X Holdings}) is retyped first ({@link NameClass}). A one-word English
 * name the text calls a place ({@code in X}, {@code X-based}) becomes a LOCATION ({@link PlaceCues}); a type the name
 * or the article's other mentions contradict is corrected ({@link NameEvidence}). Value mentions (DATE, MONEY, …) keep {@code entity == null} and form no entity.
 * Entities are sorted by salience, highest first, ties by id. Thread-safe; share one instance.
 */
public final class EntityLinker implements Stage {
    private final NameForms forms;
    private final MentionClusterer clusterer;
    private final KbResolver resolver;
    private final KnowledgeBase kb;
    private final CountryQualifier qualifier;
    private final CountryPairs countryPairs;
    private final CountryWords countryWords;
    private final PlaceCues placeCues;
    private final PlaceRole placeRole;
    private final AddressKey addressKey;
    private final NameRomanizer spellings;
    private final StrayPersons strayPersons;
    private final NameEvidence nameEvidence;
    private final CountryInstitutions institutions;
    private final ProductMakers productMakers;
    private final EventYears eventYears;
    private final NationalTeams nationalTeams;

    public EntityLinker(KnowledgeBase kb) {
        this(kb, NameRomanizer.none());
    }

    /** @param romanizer English spellings of Japanese-script names (e.g. ENAMDICT), tried before Hepburn */
    public EntityLinker(KnowledgeBase kb, NameRomanizer romanizer) {
        this(kb, romanizer, NameRomanizer.none());
    }

    /**
     * @param romanizer English spellings of Japanese-script names, tried before Hepburn (keys and names)
     * @param spellings English spellings of katakana name parts of unlinked people: when it knows every part
     *                  ({@code ジョナサン・ホワイトヘッド → Jonathan Whitehead}) the person is named and keyed by
     *                  them as a Latin name, so an English mention of the same person gets the same id; it
     *                  also reads kanji full names, given names and place names ({@link NameRomanizer#fullName})
     */
    public EntityLinker(KnowledgeBase kb, NameRomanizer romanizer, NameRomanizer spellings) {
        this.spellings = Objects.requireNonNull(spellings, "spellings");
        this.kb = Objects.requireNonNull(kb, "kb");
        this.forms = new NameForms(Objects.requireNonNull(romanizer, "romanizer"), NameReadings.shared(), spellings);
        this.clusterer = new MentionClusterer(kb);
        this.resolver = new KbResolver(kb);
        this.qualifier = new CountryQualifier(kb);
        this.countryPairs = new CountryPairs(kb);
        this.countryWords = new CountryWords(kb);
        this.placeRole = new PlaceRole(kb);
        this.addressKey = new AddressKey(kb);
        this.strayPersons = new StrayPersons(kb);
        this.placeCues = new PlaceCues(kb);
        this.nameEvidence = new NameEvidence(kb, NameReadings.shared(), spellings);
        this.institutions = new CountryInstitutions(kb);
        this.productMakers = new ProductMakers(kb);
        this.eventYears = new EventYears(kb);
        this.nationalTeams = new NationalTeams(kb);
    }

    /** The knowledge base this linker links to. */
    KnowledgeBase kb() {
        return kb;
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Document process(Document doc) {
        List<Mention> mentions = CoordinatedNames.split(countryPairs.split(doc.mentions(), doc.text()), doc.text())
                .stream().map(NameClass::corrected).toList();
        TokenIndex tokens = new TokenIndex(doc.tokens());
        List<MentionForm> entityForms = new ArrayList<>();
        Map<String, MentionForm> seen = new HashMap<>();
        Map<String, String> introduced = new HashMap<>();  // a bare place name -> the kind of place last named
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention shared = m.type().isValue() ? null : SharedClassWord.read(m, doc.text(), kb);
            m = shared != null ? shared : m;  // the Takahama and Yokogawara lines: each name a line
            if (!m.type().isValue()) {
                String memo = m.type().name() + '\u0000' + m.text();
                MentionForm earlier = seen.get(memo);
                MentionForm f = earlier != null ? earlier.at(i, m) : forms.of(i, m, doc, tokens);
                String address;
                String owned;
                seen.putIfAbsent(memo, f);
                if (m.type() == EntityType.PERSON) {
                    f = KinshipNames.withFamily(f.withContextTitles(Titles.following(doc.text(), m.span().end())),
                            doc.text(), entityForms, spellings);
                } else if (m.type() == EntityType.ORGANIZATION && !NameForms.isLatin(f.canonical())) {
                    String q = qualifier.qualifiedKey(doc.text(), m.span().start(), f.key());
                    q = q != null ? q : qualifier.foreignBodyKey(doc.text(), m.span().start(), f.key());
                    q = q != null ? q : qualifier.placedBodyKey(doc.text(), m.span().start(), m.span().end(), f.key());
                    f = q == null ? f : f.withKey(q);
                } else if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.FACILITY)
                        && ((owned = qualifier.possessiveKey(doc.text(), m.span().start(), f.key())) != null
                        || (owned = qualifier.foreignBodyKey(doc.text(), m.span().start(), f.key())) != null
                        || (owned = qualifier.placedBodyKey(doc.text(), m.span().start(), m.span().end(), f.key())) != null)) {
                    f = f.withKey(owned);  // Boston's Museum of Fine Arts; Spain's Health Ministry is not Japan's
                } else if (m.type() == EntityType.LOCATION && NameForms.isLatin(f.canonical())
                        && (owned = qualifier.possessiveKey(doc.text(), m.span().start(), f.key(), true)) != null) {
                    f = f.withKey(owned);  // Fukuoka's Higashi Ward
                } else if (m.type() == EntityType.LOCATION && (address = addressKey.of(mentions, i, doc.text())) != null) {
                    f = f.withKey(address);
                } else if (m.type() == EntityType.LOCATION && NameForms.isLatin(f.canonical())) {
                    int s = m.span().start();
                    int e = m.span().end();
                    String q = placeRole.introducedKey(doc.text(), s, e, f.key());
                    if (q != null) {
                        introduced.put(f.key(), q);
                    } else {
                        q = placeRole.datelineKey(doc.text(), s, e, f.key());
                        q = q != null ? q : placeRole.followingKey(doc.text(), e, f.key());
                        q = q != null ? q : introduced.get(f.key());
                    }
                    f = q == null ? f : f.withKey(q);
                }
                entityForms.add(f);
            }
        }
        // the name's own evidence first (白石蓮 typed an organization is a person), so that the article's people
        // are known when a stray surname or a place is retyped
        retype(entityForms, nameEvidence.retyped(entityForms), doc, tokens);
        List<Mention> retyped = new ArrayList<>(strayPersons.retyped(entityForms));
        List<Mention> places = placeCues.retyped(entityForms, doc.text());
        for (int k = 0; k < retyped.size(); k++) {
            retyped.set(k, retyped.get(k) != null ? retyped.get(k) : places.get(k));
        }
        retype(entityForms, retyped, doc, tokens);
        DocContext ctx = new DocContext(doc);
        List<Cluster> clusters = clusterer.cluster(entityForms, doc.text());
        Map<Cluster, KbEntry> linked = new HashMap<>();
        for (Cluster c : clusters) {
            resolver.resolve(c, ctx).ifPresent(e -> linked.put(c, e));
        }
        // a generic name (国民議会, the National Assembly) is the institution of the country the article is about
        List<KbEntry> countries = CountryInstitutions.ranked(linked, doc);
        for (Cluster c : clusters) {
            KbEntry before = linked.containsKey(c) || !CountryInstitutions.generic(c) ? null : c.forms().stream()
                    .map(f -> qualifier.countryBefore(doc.text(), f.mention().span().start()))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (before != null) {  // スペイン|保健省 is Spain's or unknown, never another country's the article names
                institutions.resolve(c, List.of(before)).ifPresent(e -> linked.put(c, e));
            } else if (!linked.containsKey(c)) {
                institutions.resolve(c, countries).ifPresent(e -> linked.put(c, e));
            } else {
                institutions.ofLeadCountry(c, countries, linked).ifPresent(e -> linked.put(c, e));
            }
        }
        // a product named without its maker (Pixel, サクラ) is the KB's maker-qualified product (Google Pixel, 日産サクラ)
        List<KbEntry> makers = ProductMakers.makers(linked.values());
        for (Cluster c : clusters) {
            if (!linked.containsKey(c)) {
                productMakers.resolve(c, makers).ifPresent(e -> linked.put(c, e));
            }
        }
        // a recurring event named without its edition (the World Cup, or the series the KB knows by that name) is the
        // edition of the article's year
        Optional<String> year = EventYears.year(doc);
        for (Cluster c : clusters) {
            KbEntry series = linked.get(c);
            if (series == null || series.type() == EntityType.EVENT) {
                eventYears.resolve(c, year).ifPresent(e -> linked.put(c, e));
            }
        }
        // a country typed an organization in a sports article is its national team in the article's sport
        clusters = nationalTeams.relink(clusters, linked, doc.text());
        Map<String, List<Cluster>> byId = group(clusters, linked, CountryInstitutions.mainForeign(countries));
        Map<String, KbEntry> entries = entriesOf(linked);
        String[] ids = new String[mentions.size()];
        int maxMentions = byId.values().stream().mapToInt(EntityLinker::count).max().orElse(1);
        Salience salience = new Salience(doc, maxMentions);
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<String, List<Cluster>> g : byId.entrySet()) {
            List<MentionForm> fs = g.getValue().stream().flatMap(c -> c.forms().stream()).toList();
            fs.forEach(f -> ids[f.index()] = g.getKey());
            entities.add(entity(g.getKey(), entries.get(g.getKey()), g.getValue().get(0), fs, salience, spellings));
        }
        entities.sort(Comparator.comparingDouble(Entity::salience).reversed().thenComparing(Entity::id));
        // Every mention takes its entity's type and subtype, so the two never disagree (a mention the
        // recognizer typed COMPANY that links to NATO reads POLITICAL, like its entity).
        Map<String, Entity> byEntityId = new HashMap<>();
        entities.forEach(e -> byEntityId.put(e.id(), e));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            out.add(ids[i] == null ? mentions.get(i) : mentions.get(i).linkedTo(byEntityId.get(ids[i])));
        }
        return doc.withEntities(out, entities);
    }

    /** Replaces each form whose mention {@code retyped} gives (non-null) by the form of that mention. */
    private void retype(List<MentionForm> entityForms, List<Mention> retyped, Document doc, TokenIndex tokens) {
        for (int k = 0; k < entityForms.size(); k++) {
            Mention r = retyped.get(k);
            if (r != null) {
                entityForms.set(k, forms.of(entityForms.get(k).index(), r, doc, tokens));
            }
        }
    }

    /**
     * Clusters grouped by entity id, in cluster order: a linked cluster's KB id, else its NIL id, qualified by
     * {@code mainForeign} when the name is generic ({@link CountryInstitutions#qualifiedNilId}).
     */
    private Map<String, List<Cluster>> group(List<Cluster> clusters, Map<Cluster, KbEntry> linked, KbEntry mainForeign) {
        Map<String, List<Cluster>> byId = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            KbEntry e = linked.get(c);
            String id = e != null ? e.entityId() : CountryInstitutions.qualifiedNilId(
                    NilNames.id(c, spellings, countryWords), c, mainForeign);
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
        }
        return byId;
    }

    private static Map<String, KbEntry> entriesOf(Map<Cluster, KbEntry> linked) {
        Map<String, KbEntry> out = new HashMap<>();
        linked.values().forEach(e -> out.putIfAbsent(e.entityId(), e));
        return out;
    }

    private static int count(List<Cluster> cs) {
        return cs.stream().mapToInt(c -> c.forms().size()).sum();
    }

    private static Entity entity(String id, KbEntry e, Cluster first, List<MentionForm> fs, Salience salience,
            NameRomanizer spellings) {
        // the KB knows what a linked entity is; an unlinked one named like a company is one (NilNames.type)
        EntityType nilType = e == null ? NilNames.type(first) : null;
        EntityType type = e != null ? e.type() : nilType != first.type() ? nilType : majorityType(fs);
        Subtype subtype = null;
        if (type == EntityType.ORGANIZATION) {
            subtype = e != null && e.subtype() != null ? e.subtype() : majoritySubtype(fs);
            subtype = subtype == null && e == null ? Subtype.COMPANY : subtype;
        }
        String name = e != null ? e.nameEn() : NilNames.name(first, spellings);
        String nameJa = e != null ? e.labels().ja() : NilNames.nameJa(first);
        List<Mention> ms = fs.stream().map(MentionForm::mention).toList();
        List<String> keys = fs.stream().map(MentionForm::key).distinct().toList();
        return new Entity(id, type, subtype, name, nameJa, e != null ? e.wikidata() : null, salience.of(ms, keys),
                fs.size());
    }

    private static EntityType majorityType(List<MentionForm> fs) {
        int[] n = new int[EntityType.values().length];
        fs.forEach(f -> n[f.type().ordinal()]++);
        EntityType best = fs.get(0).type();
        for (MentionForm f : fs) {
            if (n[f.type().ordinal()] > n[best.ordinal()]) {
                best = f.type();
            }
        }
        return best;
    }

    private static Subtype majoritySubtype(List<MentionForm> fs) {
        Map<Subtype, Integer> n = new EnumMap<>(Subtype.class);
        fs.forEach(f -> {
            if (f.mention().subtype() != null) {
                n.merge(f.mention().subtype(), 1, Integer::sum);
            }
        });
        return Arrays.stream(Subtype.values()).filter(n::containsKey)
                .max(Comparator.comparingInt(n::get)).orElse(null);
    }
}
