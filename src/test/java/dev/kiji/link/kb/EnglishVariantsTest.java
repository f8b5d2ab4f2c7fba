package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Word-order, country and legal-form variants of English KB names are found, and never hide a real name. */
class EnglishVariantsTest {
    private static KbEntry org(String id, String en, String... aliases) {
        return new KbEntry(id, EntityType.ORGANIZATION, Subtype.POLITICAL, new KbEntry.Labels(en, null),
                new KbEntry.Aliases(List.of(aliases), List.of()), null, "test body");
    }

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            org("kb:org:lighthouses", "Ministry of Lighthouses of Japan"),
            org("kb:org:harbour", "Harbour Agency", "Agency for Harbours"),
            org("kb:org:washimiya_expressway", "Washimiya Expressway Company"),
            org("kb:org:central_bank", "Bank of Japan"),
            org("kb:org:beacons", "Ministry of Beacons of Japan"),
            org("kb:org:other_beacons", "Beacons Ministry"),
            org("kb:org:ed_dolphin_society", "Dolphin Society of Japan"),
            org("kb:org:kirimine_weather", "Kirimine Regional Headquarters, KWA"),
            org("kb:org:kirimine_port", "Kirimine, KPA"),
            org("kb:org:ed_the_heron_institute", "The Institute of Heron Research"),
            org("kb:org:the_lanterns", "The Lanterns"),
            org("kb:org:lanterns", "Lanterns"),
            org("kb:org:kirimine_labour", "Ministry of Tides, Labour and Welfare"),
            org("kb:org:uk_party", "Workers' Labour Party"),
            org("kb:org:au_party", "Workers' Labor Party"),
            org("kb:org:us_lighthouse_command", "United States Lighthouse Command"),
            org("kb:org:us_navy_test", "United States Navy"),
            org("kb:org:tide_bureau", "Tide Affairs Bureau (Kirimine Police Agency)"),
            org("kb:org:xf_tide_party", "Tide Party (France)"),
            org("kb:org:tides", "Tides (Kirimine)"),
            new KbEntry("kb:loc:kirimine_pref", EntityType.LOCATION, null, new KbEntry.Labels("Kirimine Prefecture", null),
                    new KbEntry.Aliases(List.of(), List.of()), null, "test prefecture"),
            new KbEntry("kb:person:harbour", EntityType.PERSON, null, new KbEntry.Labels("Ann Harbour", null),
                    new KbEntry.Aliases(List.of(), List.of()), null, "test person"),
            new KbEntry("kb:person:kirimine_captain", EntityType.PERSON, null,
                    new KbEntry.Labels("Oskar T. Vellamo", "オスカー・ヴェラモ"), new KbEntry.Aliases(List.of(), List.of()), null,
                    "test person"),
            new KbEntry("kb:fac:kirimine_line", EntityType.FACILITY, null,
                    new KbEntry.Labels("Kirimine Main Line", "霧峰本線"), new KbEntry.Aliases(List.of(), List.of()), null,
                    "test railway line")));

    private static Set<String> ids(String name) {
        return KB.lookup(NameKey.of(name)).stream().map(h -> h.entry().id()).collect(Collectors.toSet());
    }

    @Test
    void countryAndWordOrderVariants() {
        assertEquals(Set.of("kb:org:lighthouses"), ids("Ministry of Lighthouses"));
        assertEquals(Set.of("kb:org:lighthouses"), ids("Lighthouses Ministry"));
        assertEquals(Set.of("kb:org:harbour"), ids("Agency of Harbour"));
        assertEquals(Set.of("kb:org:washimiya_expressway"), ids("Washimiya Expressway"));
    }

    @Test
    void britishAndAmericanSpellingsOfInstitutionalWordsMeet() {
        assertEquals(Set.of("kb:org:kirimine_labour"), ids("Ministry of Tides, Labor and Welfare"));
        assertEquals(Set.of("kb:org:kirimine_labour"), ids("Tides, Labor and Welfare Ministry"));
        assertEquals(Set.of("kb:org:uk_party"), ids("Workers' Labour Party"), "a real name wins");
        assertEquals(Set.of("kb:org:au_party"), ids("Workers' Labor Party"), "a real name wins");
        assertEquals(Set.of(), ids("Ann Harbor"), "people keep their own spelling");
        assertEquals("Tokyo Theater Center", EnglishVariants.otherSpelling("Tokyo Theatre Centre"));
        assertEquals(null, EnglishVariants.otherSpelling("Laboratory of Centrifuges"));
    }

    @Test
    void aLeadingUnitedStatesOrKingdomIsAlsoFoundAbbreviated() {
        assertEquals(Set.of("kb:org:us_lighthouse_command"), ids("U.S. Lighthouse Command"));
        assertEquals(Set.of("kb:org:us_lighthouse_command"), ids("US Lighthouse Command"));
        assertEquals(Set.of("kb:org:us_navy_test"), ids("U.S. Navy"));
        assertEquals(Set.of(), ids("U.S."), "the country alone is no body");
    }

    @Test
    void aPersonIsFoundWithoutAMiddleInitial() {
        assertEquals(Set.of("kb:person:kirimine_captain"), ids("Oskar T. Vellamo"));
        assertEquals(Set.of("kb:person:kirimine_captain"), ids("Oskar Vellamo"));
        assertEquals(Set.of(), ids("Oskar"), "the given name alone is no variant");
    }

    @Test
    void aMainLineIsFoundWithoutMainInEitherLanguage() {
        assertEquals(Set.of("kb:fac:kirimine_line"), ids("Kirimine Line"));
        assertEquals(Set.of("kb:fac:kirimine_line"), ids("霧峰線"));
        assertEquals(Set.of("kb:fac:kirimine_line"), ids("霧峰本線"));
        assertEquals(Set.of(), ids("Kirimine"), "the line's place alone is no variant");
    }

    @Test
    void aNameIsFoundWithoutAParenthesisThatIsNoCountry() {
        assertEquals(Set.of("kb:org:tide_bureau"), ids("Tide Affairs Bureau"));
        assertEquals(Set.of(), ids("Tide Party"), "a country's party is found through the article's country");
        assertEquals(Set.of(), ids("Tides"), "one word is too little to go bare");
    }

    @Test
    void aNameIsFoundWithoutItsLeadingArticle() {
        assertEquals(Set.of("kb:org:ed_the_heron_institute"), ids("Institute of Heron Research"));
        assertEquals(Set.of("kb:org:lanterns"), ids("Lanterns"), "a real name wins");
    }

    @Test
    void aPrefectureIsFoundAbbreviatedAsADatelineWritesIt() {
        assertEquals(Set.of("kb:loc:kirimine_pref"), ids("Kirimine Pref."));
        assertEquals(Set.of(), ids("Kirimine Pref. Police"), "only the prefecture itself");
    }

    @Test
    void aUnitIsFoundWithoutItsParentsAcronym() {
        assertEquals(Set.of("kb:org:kirimine_weather"), ids("Kirimine Regional Headquarters"));
        assertEquals(Set.of(), ids("Kirimine"), "a one-word remainder is no variant");
    }

    @Test
    void aVariantNeverHidesARealNameNorLeavesOneWord() {
        assertEquals(Set.of("kb:org:other_beacons"), ids("Beacons Ministry"), "a real name wins");
        assertTrue(ids("Bank").isEmpty(), "Bank of Japan is no Bank");
        assertTrue(ids("Dolphin Society").isEmpty(), "ENAMDICT's societies keep their country");
        assertTrue(KB.lookup("bank").isEmpty());
    }
}
