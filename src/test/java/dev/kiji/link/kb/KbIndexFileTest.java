package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped alias index ({@code models/kb/kb.index}) is the one the code computes for the shipped KB: a change of
 * key logic without {@code kiji kb build} fails here instead of shipping stale keys.
 */
class KbIndexFileTest {

    /** Every key with its hits as sorted "id/partial" strings, and the municipality keys likewise. */
    private static Map<String, Set<String>> view(KnowledgeBase kb) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String k : kb.keys()) {
            out.put("name " + k, hits(kb.lookup(k)));
        }
        for (KbEntry e : kb.entries()) {
            for (String k : MunicipalityVariants.keysOf(e)) {
                if (!kb.lookupMunicipality(k).isEmpty()) {
                    out.put("town " + k, hits(kb.lookupMunicipality(k)));
                }
            }
            for (String k : EnglishVariants.keysOf(e)) {
                out.put("variant " + k, hits(kb.lookup(k)));
            }
        }
        return out;
    }

    private static Set<String> hits(List<KnowledgeBase.AliasHit> hits) {
        Set<String> s = new TreeSet<>();
        hits.forEach(h -> s.add(h.entry().id() + "/" + h.partial()));
        return s;
    }

    @Test
    void theShippedIndexIsTheComputedOne() throws IOException {
        long checksum;
        try (java.io.InputStream in = dev.kiji.models.Models.open(KnowledgeBase.DEFAULT_MODEL)) {
            checksum = KbIndexFile.checksum(in);
        }
        try (java.io.InputStream in = dev.kiji.models.Models.open("kb/" + KbIndexFile.FILE)) {
            assertTrue(KbIndexFile.read(in, checksum).isPresent(), "kb.index was made for the shipped kb.jsonl");
        }
        KnowledgeBase shipped = KnowledgeBase.loadDefault(List.of());
        KnowledgeBase computed = KnowledgeBase.defaultWithoutIndex();
        assertEquals(List.copyOf(computed.entries()), List.copyOf(shipped.entries()), "the binary entries are kb.jsonl's");
        assertEquals(computed.size(), shipped.size());
        assertEquals(computed.aliasCount(), shipped.aliasCount());
        assertEquals(computed.keys(), shipped.keys());
        assertEquals(view(computed), view(shipped));
    }

    @Test
    void aFileMadeForAnotherKbJsonlIsNotUsed() throws IOException {
        KbEntry a = new KbEntry("kb:org:a", dev.kiji.doc.EntityType.ORGANIZATION, dev.kiji.doc.Subtype.COMPANY,
                new KbEntry.Labels("Alder Works", "アルダー工業"), new KbEntry.Aliases(List.of("Alder"), List.of()), "Q42",
                "a maker; 工業");
        KbEntry b = new KbEntry("kb:loc:b", dev.kiji.doc.EntityType.LOCATION, null,
                new KbEntry.Labels(null, "バーチ"), new KbEntry.Aliases(List.of(), List.of("樺")), null, null);
        long checksum = KbIndexFile.checksum(new ByteArrayInputStream("{\"id\": \"kb:org:a\"}\n".getBytes()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgeBase.of(List.of(a, b)).writeIndex(out, List.of(a, b), checksum);
        byte[] bytes = out.toByteArray();
        assertTrue(KbIndexFile.read(new ByteArrayInputStream(bytes), checksum + 1).isEmpty(), "another kb.jsonl");
        KbIndexFile.Contents read = KbIndexFile.read(new ByteArrayInputStream(bytes), checksum).orElseThrow();
        assertEquals(List.of(a, b), read.entries(), "every field, nulls included, survives the round trip");
        assertEquals("kb:loc:b", read.index().aliases().get(NameKey.of("樺")).get(0).entry().id());
    }
}
