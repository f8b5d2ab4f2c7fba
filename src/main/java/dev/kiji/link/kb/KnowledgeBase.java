package dev.kiji.link.kb;

import dev.kiji.models.Models;
import dev.kiji.doc.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * An immutable, thread-safe alias index over KB entries: normalized name key ({@link NameKey},
 * person titles removed) to the entries that carry that name. Load it once and share it.
 */
public final class KnowledgeBase {
    /** The default KB in the source tree (built by {@link KbBuilder}, packed into the jar). */
    public static final Path DEFAULT_FILE = Path.of("models", "kb", "kb.jsonl");
    static final String DEFAULT_MODEL = "kb/kb.jsonl";

    /** One entry reachable under a key; {@code partial} when the key is only part of a person's full name. */
    public record AliasHit(KbEntry entry, boolean partial) {
    }

    private final Map<String, KbEntry> byId;
    private final Map<String, List<AliasHit>> index;
    private final int aliasCount;
    private final Set<String> primaryKeys;
    private final Map<String, List<AliasHit>> municipalities;

    private KnowledgeBase(Map<String, KbEntry> byId) {
        this(byId, computeIndex(byId.values()));
    }

    private KnowledgeBase(Map<String, KbEntry> byId, KbIndexFile.Index index) {
        this.byId = Map.copyOf(byId);
        this.index = index.aliases();
        this.primaryKeys = index.primary();
        this.municipalities = index.municipalities();
        int count = 0;
        for (String k : primaryKeys) {
            count += this.index.get(k).size();
        }
        this.aliasCount = count;
    }

    /** The alias index of {@code entries}: their names' keys, then variants under keys still free, then bare towns. */
    private static KbIndexFile.Index computeIndex(Collection<KbEntry> entries) {
        Map<String, List<AliasHit>> idx = new HashMap<>(entries.size() * 8);
        Map<KbEntry, List<String>> folded = new java.util.IdentityHashMap<>(entries.size());
        for (KbEntry e : entries) {
            List<String> own = new ArrayList<>(2);
            keysOf(e).forEach((k, partial) -> {
                idx.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new AliasHit(e, partial));
                if (!partial) {
                    own.add(KatakanaSpelling.fold(k));  // a surname alias stays partial: not folded into a full name
                }
            });
            folded.put(e, own);
        }
        Set<String> primary = Set.copyOf(idx.keySet());
        for (KbEntry e : entries) {
            Set<String> variants = new java.util.LinkedHashSet<>(EnglishVariants.keysOf(e));
            variants.addAll(JapaneseVariants.keysOf(e));
            variants.addAll(folded.get(e));
            for (String k : variants) {
                if (!primary.contains(k)) {  // a variant never hides a name some entry really has
                    List<AliasHit> hits = idx.computeIfAbsent(k, x -> new ArrayList<>(1));
                    if (hits.stream().noneMatch(h -> h.entry() == e)) {
                        hits.add(new AliasHit(e, false));
                    }
                }
            }
        }
        Map<String, List<KbEntry>> bare = new HashMap<>();
        for (KbEntry e : entries) {
            for (String k : MunicipalityVariants.keysOf(e)) {  // a set: each entry once per key
                bare.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
            }
        }
        Map<String, List<AliasHit>> towns = new HashMap<>();
        // every bare name, whatever else has it (a surname, Oizumi, a company, Toyota, or a region, Tokai): the resolver
        // decides when a mention may be read so; several municipalities may share it
        bare.forEach((k, es) -> towns.put(k, es.stream().map(e -> new AliasHit(e, false)).toList()));
        idx.replaceAll((k, v) -> List.copyOf(v));
        return new KbIndexFile.Index(idx, primary, Map.copyOf(towns));
    }

    /**
     * Writes {@code entries} (this KB's entries, in the order they were given) and this KB's alias index to {@code out},
     * for the {@code kb.jsonl} whose {@link KbIndexFile#checksum} is {@code jsonlChecksum}.
     */
    void writeIndex(java.io.OutputStream out, List<KbEntry> entries, long jsonlChecksum) throws IOException {
        KbIndexFile.write(out, entries, new KbIndexFile.Index(index, primaryKeys, municipalities), jsonlChecksum);
    }

    /** Entries in order; a later entry with an id already seen replaces the earlier one. */
    public static KnowledgeBase of(List<KbEntry> entries) {
        return new KnowledgeBase(byId(entries));
    }

    /** Entries by id, in order; a later entry with an id already seen replaces the earlier one. */
    private static Map<String, KbEntry> byId(List<KbEntry> entries) {
        Map<String, KbEntry> m = new LinkedHashMap<>();
        for (KbEntry e : entries) {
            m.put(e.id(), e);
        }
        return m;
    }

    /** Loads the given files in order (later files override ids of earlier ones). */
    public static KnowledgeBase load(List<Path> files) {
        List<KbEntry> all = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                all.addAll(KbJson.read(r, f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load KB " + f, e);
            }
        }
        return of(all);
    }

    /**
     * The default KB ({@code models/kb/kb.jsonl}, see {@link Models}) followed by the user's files.
     */
    public static KnowledgeBase loadDefault(List<Path> userFiles) {
        if (userFiles.isEmpty()) {
            return defaultKb();
        }
        List<KbEntry> all = new ArrayList<>(shippedContents().map(KbIndexFile.Contents::entries).orElseGet(KnowledgeBase::defaultEntries));
        for (Path f : userFiles) {
            all.addAll(load(List.of(f)).byId.values());
        }
        return of(all);
    }

    /** The default KB, loaded once per JVM. */
    public static KnowledgeBase shared() {
        return Holder.DEFAULT;
    }

    private static final class Holder {
        static final KnowledgeBase DEFAULT = loadDefault(List.of());
    }

    /**
     * The default KB read from its shipped binary file ({@link KbIndexFile}) when that was made for this {@code
     * kb.jsonl}; else parsed from the JSON and indexed.
     */
    private static KnowledgeBase defaultKb() {
        return shippedContents().map(c -> new KnowledgeBase(byId(c.entries()), c.index()))
                .orElseGet(() -> new KnowledgeBase(byId(defaultEntries())));
    }

    /** The entries and index of the shipped binary file when it was made for the shipped {@code kb.jsonl}, else empty. */
    private static Optional<KbIndexFile.Contents> shippedContents() {
        String indexFile = "kb/" + KbIndexFile.FILE;
        if (!Models.exists(indexFile)) {
            return Optional.empty();
        }
        try {
            long checksum;
            try (InputStream in = Models.open(DEFAULT_MODEL)) {
                checksum = KbIndexFile.checksum(in);
            }
            try (InputStream in = Models.open(indexFile)) {
                return KbIndexFile.read(in, checksum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models/" + indexFile, e);
        }
    }

    /** The default KB computed from its entries alone, without the shipped index (for checking that index). */
    static KnowledgeBase defaultWithoutIndex() {
        return of(defaultEntries());
    }

    private static List<KbEntry> defaultEntries() {
        try (BufferedReader r = Models.reader(DEFAULT_MODEL)) {
            return KbJson.read(r, "models/" + DEFAULT_MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the default KB", e);
        }
    }

    /** Every key of a name or alias an entry has (not the {@link EnglishVariants} of those names). */
    Set<String> keys() {
        return primaryKeys;
    }

    /** Entries reachable under a {@link NameKey} key; empty when none. */
    public List<AliasHit> lookup(String key) {
        List<AliasHit> hits = index.get(key);
        if (hits != null) {
            return hits;
        }
        String folded = KatakanaSpelling.fold(key);  // アストンマーティン for the KB's アストンマーチン
        return folded.equals(key) ? List.of() : index.getOrDefault(folded, List.of());
    }

    /**
     * The municipalities named {@code key} without their class ({@code 益田} for {@code 益田市}, see
     * {@link MunicipalityVariants}) when only people have the name besides; empty when none, several when several
     * share the name. Kept apart from
     * {@link #lookup}: only a mention already known to be a place may be read so (鹿島 alone is often the club, Sakura
     * a car).
     */
    public List<AliasHit> lookupMunicipality(String key) {
        List<AliasHit> towns = municipalities.getOrDefault(key, List.of());
        return towns.isEmpty() || lookup(key).stream().allMatch(h -> h.entry().type() == EntityType.PERSON) ? towns : List.of();
    }

    /**
     * The municipalities named {@code key} without their class even where something else has that name ({@code Toyota}
     * the company, {@code Tokai} the region): for a mention the text marks as a place of that kind.
     */
    public List<AliasHit> municipalitiesNamed(String key) {
        return municipalities.getOrDefault(key, List.of());
    }

    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every entry (unmodifiable, in no particular order). */
    public Collection<KbEntry> entries() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Number of distinct (key, entry) pairs in the index. */
    public int aliasCount() {
        return aliasCount;
    }

    private static Map<String, Boolean> keysOf(KbEntry e) {
        List<String> names = new ArrayList<>();
        add(names, e.labels().en());
        add(names, e.labels().ja());
        e.aliases().en().forEach(a -> add(names, a));
        e.aliases().ja().forEach(a -> add(names, a));
        boolean person = e.type() == EntityType.PERSON;
        Map<String, String> keyOf = new java.util.HashMap<>(names.size() * 2);
        String en = e.labels().en() == null ? "" : keyOf.computeIfAbsent(e.labels().en(), n -> labelKey(n, person));
        String ja = e.labels().ja() == null ? "" : keyOf.computeIfAbsent(e.labels().ja(), n -> labelKey(n, person));
        Map<String, Boolean> keys = new LinkedHashMap<>();
        for (String n : names) {
            String k = keyOf.computeIfAbsent(n, x -> labelKey(x, person));
            if (k.isEmpty()) {
                continue;
            }
            keys.merge(k, person && isPart(k, en, ja), Boolean::logicalAnd);
            String whole = NameKey.of(n);
            if (person && !whole.equals(k) && !whole.isEmpty()) {
                keys.merge(whole, false, Boolean::logicalAnd);  // the name as written, title included (Emperor Meiji)
            }
        }
        return keys;
    }

    /** Key of a name; a person's without the titles a mention loses too ({@code Emperor Meiji → meiji}). */
    private static String labelKey(String name, boolean person) {
        return name == null ? "" : person ? NameKey.of(Titles.person(name).name(name)) : NameKey.of(name);
    }

    private static boolean isPart(String k, String en, String ja) {
        return (!k.equals(en) && en.contains(k)) || (!k.equals(ja) && ja.contains(k));
    }

    private static void add(List<String> names, String n) {
        if (n != null && !n.isBlank()) {
            names.add(n);
        }
    }
}
