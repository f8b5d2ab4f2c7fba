package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.EntityType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.load(List.of(KnowledgeBase.DEFAULT_FILE));

    private static Set<String> qids(String name) {
        return KB.lookup(NameKey.of(name)).stream().map(h -> h.entry().wikidata()).collect(Collectors.toSet());
    }

    @Test
    void pinnedQidsInTheBuiltKb() {
        assertEquals(Set.of("Q6279"), qids("Joe Biden"));
        assertEquals(Set.of("Q6279"), qids("ジョー・バイデン"));
        assertEquals(Set.of("Q7747"), qids("Vladimir Putin"));
        assertEquals(Set.of("Q7747"), qids("プーチン"));
        assertEquals(Set.of("Q7184"), qids("北大西洋条約機構"));
        assertEquals(Set.of("Q7184"), qids("ＮＡＴＯ"));
        assertEquals(Set.of("Q212"), qids("ウクライナ"));
        assertEquals(Set.of("Q17"), qids("日本"));
        assertEquals(Set.of("Q159"), qids("Russia"));
        assertEquals(Set.of("Q159"), qids("露"));
        assertEquals(Set.of("Q30"), qids("アメリカ合衆国"));
        assertEquals(Set.of("Q30"), qids("U.S."));
    }

    @Test
    void surnameAliasesAreMarkedPartial() {
        KnowledgeBase.AliasHit biden = KB.lookup(NameKey.of("バイデン")).get(0);
        assertTrue(biden.partial());
        assertEquals(false, KB.lookup(NameKey.of("Joe Biden")).get(0).partial());
    }

    @Test
    void committedKbIsWhatTheBuilderProduces() throws IOException {
        StringWriter w = new StringWriter();
        KbJson.write(w, KbBuilder.build());
        assertEquals(Files.readString(KnowledgeBase.DEFAULT_FILE, StandardCharsets.UTF_8), w.toString(),
                "models/kb/kb.jsonl is stale: rebuild it with kiji kb build -o models/kb/kb.jsonl");
    }

    @Test
    void everyIsoCountryIsPresentWithBothLabels() {
        List<KbEntry> countries = KbBuilder.countries();
        assertTrue(countries.size() >= 245, "countries: " + countries.size());
        KbEntry jp = KB.byId("kb:country:jp").orElseThrow();
        assertEquals("Japan", jp.labels().en());
        assertEquals("日本", jp.labels().ja());
        assertEquals(EntityType.LOCATION, jp.type());
        assertEquals("wd:Q17", jp.entityId());
    }

    @ParameterizedTest
    @CsvSource({
        "Hong Kong, kb:country:hk", "香港, kb:country:hk", "ホンコン, kb:country:hk", "Macau, kb:country:mo",
        "Myanmar, kb:country:mm", "ミャンマー, kb:country:mm", "Burma, kb:country:mm", "DR Congo, kb:country:cd",
        "コンゴ民主共和国, kb:country:cd", "Republic of the Congo, kb:country:cg",
        "Bosnia and Herzegovina, kb:country:ba", "Bosnia & Herzegovina, kb:country:ba",
        "Saint Kitts and Nevis, kb:country:kn", "St Kitts and Nevis, kb:country:kn", "Trinidad and Tobago, kb:country:tt",
        "伯, kb:country:br", "墨, kb:country:mx", "希, kb:country:gr"})
    void aCountryIsFoundUnderTheNamesNewsUsesBesidesCldrs(String name, String id) {
        assertEquals(List.of(id), ids(KB.lookup(NameKey.of(name))));
    }

    @Test
    void aCountryIsLabelledAsNewsNamesIt() {
        KbEntry hk = KB.byId("kb:country:hk").orElseThrow();
        assertEquals("Hong Kong", hk.labels().en());
        assertEquals("香港", hk.labels().ja());
        assertTrue(hk.aliases().en().contains("Hong Kong SAR China"), hk.aliases().en().toString());
        assertEquals("Myanmar", KB.byId("kb:country:mm").orElseThrow().labels().en());
    }

    private static List<String> ids(List<KnowledgeBase.AliasHit> hits) {
        return hits.stream().map(h -> h.entry().id()).sorted().toList();
    }

    private static String place(String id, String en, String ja) {
        return "{\"id\":\"" + id + "\",\"type\":\"LOCATION\",\"subtype\":null,\"labels\":{\"en\":\"" + en
                + "\",\"ja\":\"" + ja + "\"},\"aliases\":{\"en\":[],\"ja\":[]},\"wikidata\":null,\"description\":\"town\"}\n";
    }

    @Test
    void aMunicipalityIsFoundWithoutItsClassOrQualifierUnlessANameOfItsOwn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("towns.jsonl");
        Files.writeString(f, place("kb:loc:t_kirimine", "Kirimine Village", "霧峰村") + place("kb:loc:t_hoshiura_a", "Hoshiura", "星浦町")
                + place("kb:loc:t_hoshiura_b", "Hoshiura City", "星浦市") + place("kb:loc:t_chuo", "Chuo Ward", "中央区")
                + place("kb:loc:t_sakaki_a", "Sakaki, Kitayama", "榊原市") + place("kb:loc:t_sakaki_b", "Sakaki, Minamihara", "坂木町")
                + place("kb:loc:t_oigawa", "Oigawa, Kitayama", "大井川町")
                + "{\"id\":\"kb:person:t_oigawa\",\"type\":\"PERSON\",\"labels\":{\"en\":\"Jiro Oigawa\",\"ja\":\"大井川次郎\"},\"aliases\":{\"en\":[\"Oigawa\"],\"ja\":[]}}\n");
        KnowledgeBase kb = KnowledgeBase.load(List.of(f));
        assertEquals(List.of("kb:loc:t_kirimine"), ids(kb.lookupMunicipality(NameKey.of("霧峰"))));
        assertEquals(List.of("kb:loc:t_kirimine"), ids(kb.lookupMunicipality(NameKey.of("Kirimine"))));
        assertTrue(kb.lookup(NameKey.of("霧峰")).isEmpty(), "the class-less name is no alias");
        assertEquals(List.of("kb:loc:t_hoshiura_a", "kb:loc:t_hoshiura_b"), ids(kb.lookupMunicipality(NameKey.of("星浦"))),
                "two municipalities share it: both, for the context to choose");
        assertEquals(List.of("kb:loc:t_sakaki_a", "kb:loc:t_sakaki_b"), ids(kb.lookupMunicipality(NameKey.of("Sakaki"))),
                "an English name without the prefecture that qualifies it");
        assertEquals(List.of("kb:loc:t_sakaki_a"), ids(kb.lookupMunicipality(NameKey.of("榊原"))));
        assertEquals(List.of("kb:loc:t_oigawa"), ids(kb.lookupMunicipality(NameKey.of("Oigawa"))), "a surname hides no town");
        assertTrue(kb.lookupMunicipality(NameKey.of("Hoshiura")).isEmpty(), "an entry's own name");
        assertTrue(kb.lookupMunicipality(NameKey.of("中央")).isEmpty(), "a ward keeps its class");
    }

    @Test
    void aCompanyNamedWithAPossessiveIsFoundWithoutIt() {
        assertEquals(List.of("kb:org:mcdonalds"), ids(KB.lookup(NameKey.of("McDonald"))));
        assertEquals(List.of("kb:org:moodys"), ids(KB.lookup(NameKey.of("Moody"))));
        assertEquals(List.of("kb:org:mcdonalds"), ids(KB.lookup(NameKey.of("McDonald's"))));
    }

    @Test
    void aKatakanaNameIsFoundInTheOtherSpellingsWritersUse() {
        KbEntry maker = new KbEntry("kb:org:t_maker", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Marton Vellum", "マーチン・ヴェラム"), new KbEntry.Aliases(List.of(), List.of()), null, "maker");
        KbEntry person = new KbEntry("kb:person:t_person", EntityType.PERSON, null,
                new KbEntry.Labels("Dina Ward", "ディナ・ウォード"), new KbEntry.Aliases(List.of(), List.of("ディナ")), null, "singer");
        KbEntry other = new KbEntry("kb:org:t_other", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Marting Bellas", "マーティンベラス"), new KbEntry.Aliases(List.of(), List.of()), null, "maker");
        KnowledgeBase kb = KnowledgeBase.of(List.of(maker, person, other));
        assertEquals(List.of("kb:org:t_maker"), ids(kb.lookup(NameKey.of("マーティン・ヴェラム"))));
        assertEquals(List.of("kb:org:t_maker"), ids(kb.lookup(NameKey.of("マーチンヴェラムー"))));
        assertEquals(List.of("kb:org:t_other"), ids(kb.lookup(NameKey.of("マーティンベラス"))), "an exact name first");
        assertEquals(List.of("kb:person:t_person"), ids(kb.lookup(NameKey.of("ジナ・ウォード"))));
        assertTrue(kb.lookup(NameKey.of("ジナ")).stream().allMatch(KnowledgeBase.AliasHit::partial), "a surname stays partial");
    }

    @Test
    void courtsProsecutorsAndUniversitiesAreFoundByTheirShortForms() {
        KbEntry university = new KbEntry("kb:org:t_university", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Kirimine University", "霧峰大学"), new KbEntry.Aliases(List.of(), List.of()), null, "university");
        KbEntry court = new KbEntry("kb:org:t_court", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Kirimine District Court", "霧峰地方裁判所"), new KbEntry.Aliases(List.of(), List.of()), null, "court");
        KbEntry office = new KbEntry("kb:org:t_prosecutors", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Kirimine High Public Prosecutors Office", "霧峰高等検察庁"), new KbEntry.Aliases(List.of(), List.of()),
                null, "prosecutors");
        KnowledgeBase kb = KnowledgeBase.of(List.of(court, office, university));
        assertEquals("kb:org:t_court", kb.lookup(NameKey.of("霧峰地裁")).get(0).entry().id());
        assertEquals("kb:org:t_university", kb.lookup(NameKey.of("霧峰大")).get(0).entry().id());
        assertEquals("kb:org:t_prosecutors", kb.lookup(NameKey.of("霧峰高検")).get(0).entry().id());
    }

    @Test
    void aUniversityTheKbNamesOnlyShortIsFoundByItsFullForm() {
        KbEntry shortOnly = new KbEntry("kb:org:t_short_university", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Kirimine University", "霧峰大"), new KbEntry.Aliases(List.of(), List.of()), null, "university");
        KbEntry twoLetters = new KbEntry("kb:org:t_two", EntityType.ORGANIZATION, null,
                new KbEntry.Labels("Ki University", "霧大"), new KbEntry.Aliases(List.of(), List.of()), null, "university");
        KnowledgeBase kb = KnowledgeBase.of(List.of(shortOnly, twoLetters));
        assertEquals(List.of("kb:org:t_short_university"), ids(kb.lookup(NameKey.of("霧峰大学"))));
        assertEquals(List.of(), ids(kb.lookup(NameKey.of("霧大学"))), "a two-character short form is not expanded");
    }

    @Test
    void userFilesOverrideAndExtend(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("user.jsonl");
        Files.writeString(user, "# local additions\n{\"id\":\"kb:org:acme\",\"type\":\"ORGANIZATION\",\"subtype\":\"COMPANY\","
                + "\"labels\":{\"en\":\"Acme\",\"ja\":\"アクメ\"},\"aliases\":{\"en\":[\"ACME Corp\"],\"ja\":[]},"
                + "\"wikidata\":null,\"description\":\"test company\"}\n");
        KnowledgeBase kb = KnowledgeBase.loadDefault(List.of(user));
        assertEquals("kb:org:acme", kb.lookup(NameKey.of("acme corp")).get(0).entry().id());
        assertEquals(KB.size() + 1, kb.size());
    }

    @Test
    void unknownKeysAndBadQidsAreRejected(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"x\",\"type\":\"PERSON\",\"labels\":{\"en\":\"X\"},\"color\":\"red\"}\n");
        assertThrows(UncheckedIOException.class, () -> KnowledgeBase.load(List.of(bad)));
        Files.writeString(bad, "{\"id\":\"x\",\"type\":\"PERSON\",\"labels\":{\"en\":\"X\"},\"wikidata\":\"6279\"}\n");
        assertThrows(UncheckedIOException.class, () -> KnowledgeBase.load(List.of(bad)));
    }

    @Test
    void defaultKbLoadTime() {
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.loadDefault(List.of());
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("default KB: %d entries, %d aliases, %d bytes, loaded in %.1f ms%n", kb.size(),
                kb.aliasCount(), KnowledgeBase.DEFAULT_FILE.toFile().length(), ms);
        assertTrue(kb.size() > 500);
    }
}
