package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /** A Japanese and an English name both reach one and the same single entry. */
    static void assertOneEntry(String japanese, String english) {
        Set<String> ja = ids(japanese);
        assertEquals(1, ja.size(), japanese + " " + ja);
        assertEquals(ja, ids(english), english);
    }
}
