package dev.kiji.link.kb;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default KB's alias index, computed by {@code kiji kb build} and shipped next to {@code kb.jsonl}
 * ({@code models/kb/kb.index}), so that start-up reads the keys instead of computing them (about half of the KB's
 * load time). Format (big-endian {@link DataOutputStream}): magic {@code KJIX}, format version, the entry count and
 * every entry id in KB order (an index made for other entries is never used), then each key in sorted order with
 * whether an entry has it as a name of its own and its hits (entry ordinal, partial), then the municipality keys with
 * their entry ordinal. {@code KbIndexFileTest} checks that the shipped index equals the one the code computes, so a
 * change of key logic cannot ship a stale index.
 */
final class KbIndexFile {
    private static final int MAGIC = 0x4B4A4958; // "KJIX"
    private static final int VERSION = 1;
    static final String FILE = "kb.index";

    /** What {@link KnowledgeBase} indexes, as read from the file. */
    record Index(Map<String, List<KnowledgeBase.AliasHit>> aliases, Set<String> primary,
            Map<String, List<KnowledgeBase.AliasHit>> municipalities) {
    }

    private KbIndexFile() {
    }

    static void write(OutputStream out, List<KbEntry> entries, Index index) throws IOException {
        Map<KbEntry, Integer> ordinal = new IdentityHashMap<>();
        DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        o.writeInt(MAGIC);
        o.writeInt(VERSION);
        o.writeInt(entries.size());
        for (KbEntry e : entries) {
            ordinal.put(e, ordinal.size());
            o.writeUTF(e.id());
        }
        TreeMap<String, List<KnowledgeBase.AliasHit>> sorted = new TreeMap<>(index.aliases());
        o.writeInt(sorted.size());
        for (Map.Entry<String, List<KnowledgeBase.AliasHit>> k : sorted.entrySet()) {
            o.writeUTF(k.getKey());
            o.writeBoolean(index.primary().contains(k.getKey()));
            writeHits(o, k.getValue(), ordinal);
        }
        TreeMap<String, List<KnowledgeBase.AliasHit>> towns = new TreeMap<>(index.municipalities());
        o.writeInt(towns.size());
        for (Map.Entry<String, List<KnowledgeBase.AliasHit>> k : towns.entrySet()) {
            o.writeUTF(k.getKey());
            writeHits(o, k.getValue(), ordinal);
        }
        o.flush();
    }

    private static void writeHits(DataOutputStream o, List<KnowledgeBase.AliasHit> hits, Map<KbEntry, Integer> ordinal)
            throws IOException {
        o.writeShort(hits.size());
        for (KnowledgeBase.AliasHit h : hits) {
            o.writeInt(ordinal.get(h.entry()));
            o.writeBoolean(h.partial());
        }
    }

    /** The index for exactly {@code entries} (same ids, same order), or empty when the file was made for others. */
    static Optional<Index> read(InputStream in, List<KbEntry> entries) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readInt() != entries.size()) {
            return Optional.empty();
        }
        for (KbEntry e : entries) {
            if (!d.readUTF().equals(e.id())) {
                return Optional.empty();
            }
        }
        int n = d.readInt();
        Map<String, List<KnowledgeBase.AliasHit>> aliases = new HashMap<>(n * 2);
        Set<String> primary = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = d.readUTF();
            if (d.readBoolean()) {
                primary.add(key);
            }
            aliases.put(key, readHits(d, entries));
        }
        int m = d.readInt();
        Map<String, List<KnowledgeBase.AliasHit>> towns = new HashMap<>(m * 2);
        for (int i = 0; i < m; i++) {
            String key = d.readUTF();
            towns.put(key, readHits(d, entries));
        }
        return Optional.of(new Index(aliases, primary, towns));
    }

    private static List<KnowledgeBase.AliasHit> readHits(DataInputStream d, List<KbEntry> entries) throws IOException {
        int k = d.readShort();
        List<KnowledgeBase.AliasHit> hits = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            hits.add(new KnowledgeBase.AliasHit(entries.get(d.readInt()), d.readBoolean()));
        }
        return List.copyOf(hits);
    }
}
