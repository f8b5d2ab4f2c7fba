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
    void theShippedIndexIsTheComputedOne() {
        KnowledgeBase shipped = KnowledgeBase.loadDefault(List.of());
        KnowledgeBase computed = KnowledgeBase.defaultWithoutIndex();
        assertEquals(computed.size(), shipped.size());
        assertEquals(computed.aliasCount(), shipped.aliasCount());
        assertEquals(computed.keys(), shipped.keys());
        assertEquals(view(computed), view(shipped));
    }

    @Test
    void anIndexMadeForOtherEntriesIsNotUsed() throws IOException {
        KbEntry a = new KbEntry("kb:org:a", dev.kiji.doc.EntityType.ORGANIZATION, dev.kiji.doc.Subtype.COMPANY,
                new KbEntry.Labels("Alder Works", "アルダー工業"), new KbEntry.Aliases(List.of(), List.of()), null, null);
        KbEntry b = new KbEntry("kb:org:b", dev.kiji.doc.EntityType.ORGANIZATION, dev.kiji.doc.Subtype.COMPANY,
                new KbEntry.Labels("Birch Works", "バーチ工業"), new KbEntry.Aliases(List.of(), List.of()), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgeBase.of(List.of(a, b)).writeIndex(out, List.of(a, b));
        byte[] bytes = out.toByteArray();
        assertTrue(KbIndexFile.read(new ByteArrayInputStream(bytes), List.of(a, b)).isPresent());
        assertTrue(KbIndexFile.read(new ByteArrayInputStream(bytes), List.of(b, a)).isEmpty(), "other order");
        assertTrue(KbIndexFile.read(new ByteArrayInputStream(bytes), List.of(a)).isEmpty(), "other entries");
        KbIndexFile.Index index = KbIndexFile.read(new ByteArrayInputStream(bytes), List.of(a, b)).orElseThrow();
        assertEquals("kb:org:b", index.aliases().get(NameKey.of("バーチ工業")).get(0).entry().id());
    }
}
