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

/** The police, labour bureaus, courts, prosecutors and local governments generated for every prefecture. */
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
    void everyPrefectureHasItsGovernmentAssemblyAndBoardOfEducation() {
        for (String kind : List.of("prefectural government", "prefectural assembly", "prefectural board of education")) {
            assertEquals(47, ENTRIES.stream().filter(e -> e.description().startsWith(kind + " of Japan")).count(), kind);
        }
        assertEquals(Set.of("kb:org:jp_pref_gov_hyogo"), ids("兵庫県庁"));
        assertEquals(Set.of("kb:org:jp_pref_gov_hyogo"), ids("Hyogo Prefectural Government"));
        assertEquals(Set.of("kb:org:jp_pref_assembly_hyogo"), ids("兵庫県議会"));
        assertEquals(Set.of("kb:org:jp_pref_assembly_hyogo"), ids("Hyogo Prefectural Assembly"));
        assertEquals(Set.of("kb:org:jp_pref_boe_hyogo"), ids("兵庫県教委"));
        assertEquals(Set.of("kb:org:jp_pref_boe_hyogo"), ids("Hyogo Prefectural Board of Education"));
        assertEquals(Set.of("kb:org:jp_pref_boe_kyoto"), ids("京都府教育委員会"));
        assertEquals(Set.of("kb:org:jp_pref_boe_kyoto"), ids("Kyoto Prefectural Board of Education"));
    }

    @Test
    void tokyoAndHokkaidoKeepTheirOwnShortFormsButSharedOnesAreNoAlias() {
        assertEquals(Set.of("kb:org:jp_pref_boe_tokyo"), ids("都教委"));
        assertEquals(Set.of("kb:org:jp_pref_boe_tokyo"), ids("Tokyo Metropolitan Board of Education"));
        assertEquals(Set.of("kb:org:jp_tokyo_metropolitan_assembly"), ids("都議会"));
        assertEquals(Set.of("kb:org:jp_tokyo_metropolitan_government"), ids("都庁"));
        assertEquals(Set.of("kb:org:jp_pref_gov_hokkaido"), ids("道庁"));
        assertEquals(Set.of("kb:org:jp_pref_gov_hokkaido"), ids("Hokkaido Government"));
        assertEquals(Set.of("kb:org:jp_pref_assembly_hokkaido"), ids("道議会"));
        assertEquals(Set.of("kb:org:jp_pref_boe_hokkaido"), ids("道教委"));
        assertTrue(ids("府庁").isEmpty());
        assertTrue(ids("県議会").isEmpty());
        assertTrue(ids("県教委").isEmpty());
    }

    @Test
    void designatedCitiesHaveTheirCityCouncils() {
        assertEquals(20, ENTRIES.stream().filter(e -> e.id().startsWith("kb:org:jp_city_council_")).count());
        assertEquals(Set.of("kb:org:jp_city_council_sapporo"), ids("札幌市議会"));
        assertEquals(Set.of("kb:org:jp_city_council_kitakyushu"), ids("Kitakyushu City Council"));
        assertEquals(Set.of("kb:org:jp_city_council_saitama"), ids("さいたま市議会"));
        assertTrue(ids("姫路市議会").isEmpty());
    }

    @Test
    void aCuratedBodyOfTheSameNameReplacesTheGeneratedOneUnderItsId() {
        Set<String> curated = KbBuilder.curated().stream().map(KbEntry::id).collect(Collectors.toSet());
        assertTrue(curated.containsAll(LocalGovernments.CURATED_IDS.values()), "stale CURATED_IDS");
        assertEquals(Set.of("kb:org:jp_osaka_prefectural_government"), ids("大阪府庁"));
        assertEquals(Set.of("kb:org:jp_osaka_prefectural_government"), ids("Osaka Prefectural Government"));
        for (KbEntry e : ENTRIES) {
            if (!e.id().startsWith("kb:org:jp_police_") && !e.id().startsWith("kb:org:jp_labour_bureau_")
                    && !e.id().contains("_district_") && !e.id().endsWith("_family_court")) {
                assertEquals(Set.of(e.id()), ids(e.labels().ja()), e.labels().ja());
                assertEquals(Set.of(e.id()), ids(e.labels().en()), e.labels().en());
            }
        }
    }

    @Test
    void curatedEntriesReplaceGeneratedOnes() {
        KbEntry tokyo = KB.byId("kb:org:jp_tokyo_district_prosecutors").orElseThrow();
        assertEquals("東京地検", tokyo.labels().ja());
    }
}
