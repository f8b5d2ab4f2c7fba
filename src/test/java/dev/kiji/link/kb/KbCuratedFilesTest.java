package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The curated KB is several files, one per area, each reviewed on its own; since a later id silently replaces
 * an earlier one when the KB is built, an id written twice would lose an entry without anyone noticing.
 */
class KbCuratedFilesTest {

    @Test
    void noIdIsWrittenTwiceInOrAcrossTheCuratedFiles() {
        Map<String, String> fileOfId = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String file : KbBuilder.CURATED) {
            for (KbEntry e : KbBuilder.curated(file)) {
                String earlier = fileOfId.putIfAbsent(e.id(), file);
                if (earlier != null) {
                    twice.add(e.id() + " in " + earlier + " and " + file);
                }
            }
        }
        assertEquals(List.of(), twice);
        assertTrue(fileOfId.size() > 900, "the curated files are all read: " + fileOfId.size());
    }

    @Test
    void noTwoCuratedEntriesOfOneTypeShareALabel() {
        Map<String, String> idOfLabel = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (KbEntry e : KbBuilder.curated()) {
            Stream.of(e.labels().en(), e.labels().ja()).filter(l -> l != null).forEach(l -> {
                String key = e.type() + " " + NameKey.of(l);
                String other = idOfLabel.putIfAbsent(key, e.id());
                if (other != null && !other.equals(e.id())) {
                    shared.add(l + ": " + other + " / " + e.id());
                }
            });
        }
        assertEquals(List.of(), shared);
    }
}
