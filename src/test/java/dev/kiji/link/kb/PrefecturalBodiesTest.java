package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The police, labour bureaus, courts and prosecutors generated for every prefecture. */
class PrefecturalBodiesTest {
    private static final List<KbEntry> ENTRIES = PrefecturalBodies.entries();
    private static final KnowledgeBase KB = KnowledgeBase.load(List.of(KnowledgeBase.DEFAULT_FILE));

    private static Set<String> ids(String name) {
        return KB.lookup(NameKey.of(name)).stream().filter(h -> !h.partial()).map(h -> h.entry().id())
                .collect(Collectors.toSet());
    }

    @Test
    void everyPrefectureHasItsPoliceAndLabourBureauButTokyoKeepsTheMpd() {
        long police = ENTRIES.stream().filter(e -> e.id().startsWith("kb:org:jp_police_")).count();
        long bureaus = ENTRIES.stream().filter(e -> e.id().startsWith("kb:org:jp_labour_bureau_")).count();
        assertEquals(46, police);
        assertEquals(47, bureaus);
        assertEquals(Set.of("kb:org:jp_mpd"), ids("警視庁"));
        assertEquals(Set.of("kb:org:jp_police_niigata"), ids("新潟県警"));
        assertEquals(Set.of("kb:org:jp_police_niigata"), ids("Niigata Prefectural Police"));
        assertEquals(Set.of("kb:org:jp_police_hokkaido"), ids("道警"));
        assertEquals(Set.of("kb:org:jp_labour_bureau_hyogo"), ids("兵庫労働局"));
        assertEquals(Set.of("kb:org:jp_labour_bureau_hyogo"), ids("Hyogo Labor Bureau"));
        assertEquals(Set.of("kb:org:jp_labour_bureau_tokyo"), ids("東京労働局"));
    }

    @Test
    void courtsSitInTheCourtSeatNotThePrefecture() {
        assertEquals(Set.of("kb:org:jp_kobe_district_court"), ids("神戸地裁"));
        assertEquals(Set.of("kb:org:jp_kobe_district_court"), ids("Kobe District Court"));
        assertEquals(Set.of("kb:org:jp_yokohama_family_court"), ids("横浜家裁"));
        assertEquals(Set.of("kb:org:jp_naha_district_prosecutors"), ids("那覇地検"));
        assertEquals(Set.of("kb:org:jp_asahikawa_district_court"), ids("旭川地方裁判所"));
        assertTrue(ids("兵庫地裁").isEmpty());
        long districtCourts = ENTRIES.stream().filter(e -> e.id().endsWith("_district_court")).count();
        assertEquals(50, districtCourts);
    }

    @Test
    void allArePoliticalOrganizationsWithoutQidsAndUniqueIds() {
        Map<String, KbEntry> byId = ENTRIES.stream().collect(Collectors.toMap(KbEntry::id, Function.identity()));
        assertEquals(ENTRIES.size(), byId.size());
        for (KbEntry e : ENTRIES) {
            assertEquals(EntityType.ORGANIZATION, e.type(), e.id());
            assertEquals(Subtype.POLITICAL, e.subtype(), e.id());
            assertEquals(null, e.wikidata(), e.id());
        }
    }

    @Test
    void curatedEntriesReplaceGeneratedOnes() {
        KbEntry tokyo = KB.byId("kb:org:jp_tokyo_district_prosecutors").orElseThrow();
        assertEquals("東京地検", tokyo.labels().ja());
    }
}
