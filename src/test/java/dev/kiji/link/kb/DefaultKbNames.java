package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The built default KB, loaded once for the KB coverage tests, and the lookups they share. */
final class DefaultKbNames {
    static final KnowledgeBase KB = KnowledgeBase.load(List.of(KnowledgeBase.DEFAULT_FILE));

    private DefaultKbNames() {
    }

    /** The ids of every entry a name (full or partial alias) reaches. */
    static Set<String> ids(String name) {
        return KB.lookup(NameKey.of(name)).stream().map(h -> h.entry().id()).collect(Collectors.toSet());
    }

    /**
     * Every entry of a seventh-session curated file: at least {@code minEntries} of them, none with a QID (they were
     * written from general knowledge, and a wrong id is worse than none), each with a description (linking context)
     * and in the built default KB.
     */
    static void assertCuratedFile(String file, int minEntries) {
        List<KbEntry> entries = KbBuilder.curated(file);
        assertTrue(entries.size() >= minEntries, file + ": " + entries.size());
        for (KbEntry e : entries) {
            assertEquals(null, e.wikidata(), e.id());
            assertFalse(e.description().isBlank(), e.id());
            assertTrue(KB.byId(e.id()).isPresent(), "in the built KB: " + e.id());
        }
    }

    /** A Japanese and an English name both reach one and the same single entry. */
    static void assertOneEntry(String japanese, String english) {
        Set<String> ja = ids(japanese);
        assertEquals(1, ja.size(), japanese + " " + ja);
        assertEquals(ja, ids(english), english);
    }
}
