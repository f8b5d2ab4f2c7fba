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
 * The default KB's entries and alias index, computed by {@code kiji kb build} and shipped next to {@code kb.jsonl}
 * ({@code models/kb/kb.index}), so that start-up reads both in binary instead of parsing 28,000 JSON lines and
 * computing the keys. Format (big-endian {@link DataOutputStream}): magic {@code KJIX}, format version, the CRC-32 of
 * the {@code kb.jsonl} it was made from (a file made for another {@code kb.jsonl} is never used: the KB is then parsed
 * from JSON), the entry count and every entry in KB order (id, type, subtype, labels, aliases, QID, description;
 * a missing value as an absent flag), then each key in sorted order with whether an entry has it as a name of its
 * own and its hits (entry ordinal, partial), then the municipality keys with theirs. {@code KbIndexFileTest} checks
 * that the shipped file holds exactly the entries {@code kb.jsonl} has and the index the code computes, so a change of
 * key logic cannot ship a stale index.
 */
final class KbIndexFile {
    private static final int MAGIC = 0x4B4A4958; // "KJIX"
    private static final int VERSION = 2;
    static final String FILE = "kb.index";

    /** What {@link KnowledgeBase} indexes, as read from the file. */
    record Index(Map<String, List<KnowledgeBase.AliasHit>> aliases, Set<String> primary,
            Map<String, List<KnowledgeBase.AliasHit>> municipalities) {
    }

    /** The entries and the index a file holds. */
    record Contents(List<KbEntry> entries, Index index) {
    }

    private KbIndexFile() {
    }

    /** The CRC-32 of a {@code kb.jsonl}'s bytes, which ties an index file to it. */
    static long checksum(InputStream jsonl) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] buf = new byte[1 << 16];
        for (int n = jsonl.read(buf); n >= 0; n = jsonl.read(buf)) {
            crc.update(buf, 0, n);
        }
        return crc.getValue();
    }

    static void write(OutputStream out, List<KbEntry> entries, Index index, long jsonlChecksum) throws IOException {
        Map<KbEntry, Integer> ordinal = new IdentityHashMap<>();
        DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        o.writeInt(MAGIC);
        o.writeInt(VERSION);
        o.writeLong(jsonlChecksum);
        o.writeInt(entries.size());
        for (KbEntry e : entries) {
            ordinal.put(e, ordinal.size());
            writeEntry(o, e);
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

    private static void writeEntry(DataOutputStream o, KbEntry e) throws IOException {
        o.writeUTF(e.id());
        o.writeByte(e.type().ordinal());
        o.writeByte(e.subtype() == null ? -1 : e.subtype().ordinal());
        writeNullable(o, e.labels() == null ? null : e.labels().en());
        writeNullable(o, e.labels() == null ? null : e.labels().ja());
        writeList(o, e.aliases().en());
        writeList(o, e.aliases().ja());
        writeNullable(o, e.wikidata());
        writeNullable(o, e.description());
    }

    private static void writeNullable(DataOutputStream o, String s) throws IOException {
        o.writeBoolean(s != null);
        if (s != null) {
            o.writeUTF(s);
        }
    }

    private static void writeList(DataOutputStream o, List<String> l) throws IOException {
        o.writeShort(l.size());
        for (String s : l) {
            o.writeUTF(s);
        }
    }

    private static void writeHits(DataOutputStream o, List<KnowledgeBase.AliasHit> hits, Map<KbEntry, Integer> ordinal)
            throws IOException {
        o.writeShort(hits.size());
        for (KnowledgeBase.AliasHit h : hits) {
            o.writeInt(ordinal.get(h.entry()));
            o.writeBoolean(h.partial());
        }
    }

    /**
     * The entries and index of a file made for the {@code kb.jsonl} whose {@link #checksum} is {@code jsonlChecksum},
     * or empty when it was made for another (or in another format).
     */
    static Optional<Contents> read(InputStream in, long jsonlChecksum) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != VERSION || d.readLong() != jsonlChecksum) {
            return Optional.empty();
        }
        int count = d.readInt();
        List<KbEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(readEntry(d));
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
        return Optional.of(new Contents(List.copyOf(entries), new Index(aliases, primary, towns)));
    }

    private static KbEntry readEntry(DataInputStream d) throws IOException {
        String id = d.readUTF();
        dev.kiji.doc.EntityType type = dev.kiji.doc.EntityType.values()[d.readByte()];
        int subtype = d.readByte();
        String en = readNullable(d);
        String ja = readNullable(d);
        List<String> aliasesEn = readList(d);
        List<String> aliasesJa = readList(d);
        return new KbEntry(id, type, subtype < 0 ? null : dev.kiji.doc.Subtype.values()[subtype],
                new KbEntry.Labels(en, ja), new KbEntry.Aliases(aliasesEn, aliasesJa), readNullable(d), readNullable(d));
    }

    private static String readNullable(DataInputStream d) throws IOException {
        return d.readBoolean() ? d.readUTF() : null;
    }

    private static List<String> readList(DataInputStream d) throws IOException {
        int n = d.readShort();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.readUTF());
        }
        return out;
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
