package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.ner.KuromojiTokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A foreign institution an article names generically (国民議会, the National Assembly) is the institution of the
 * country the article is about, in both languages; a generic name the KB lacks gets a NIL id qualified by that
 * country. Invented countries (Volkania, Zarkovia) and institutions; Japanese text tokenized by Kuromoji.
 */
class CountryInstitutionsTest {
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            country("kb:country:jp", "Japan", "日本"),
            country("kb:country:xv", "Volkania", "ボルカニア"),
            country("kb:country:xz", "Zarkovia", "ザルコビア"),
            country("kb:country:hu", "Hungary", "ハンガリー"),
            org("kb:org:xv_assembly", "National Assembly of Volkania", "ボルカニア国民議会"),
            org("kb:org:xz_assembly_a", "Zarkovia National Assembly", "ザルコビア国民議会"),
            new KbEntry("kb:org:xz_assembly_b", EntityType.ORGANIZATION, Subtype.POLITICAL,
                    new KbEntry.Labels("National Assembly of Zarkovia", "ザルコビア国会"),
                    new KbEntry.Aliases(List.of(), List.of("ザルコビア国民議会")), null, "upper house"),
            new KbEntry("kb:org:jp_mofa_test", EntityType.ORGANIZATION, Subtype.POLITICAL,
                    new KbEntry.Labels("Ministry of Foreign Affairs of Japan", "外務省"),
                    new KbEntry.Aliases(List.of("Foreign Ministry"), List.of()), null, "body"),
            org("kb:org:xv_mofa", "Volkania Foreign Ministry", "ボルカニア外務省"),
            new KbEntry("kb:loc:xv_brovna", EntityType.LOCATION, null, new KbEntry.Labels("Brovna", "ブロブナ"), null, null,
                    "capital of Volkania; ボルカニア"),
            new KbEntry("kb:loc:jp_kirimine", EntityType.LOCATION, null, new KbEntry.Labels("Kirimine", "霧峰"), null, null,
                    "city of Japan; 日本"),
            org("kb:org:hu_court_test", "Hungarian Constitutional Court", "ハンガリー憲法裁判所"),
            org("kb:org:xz_court_test", "Constitutional Court (Zarkovia)", "ザルコビア憲法裁判所"),
            org("kb:org:jp_embassy_hu_test", "Embassy of Japan in Hungary", "在ハンガリー日本大使館"),
            org("kb:org:xz_health_test", "Zarkovia Health Ministry", "ザルコビア保健省"),
            new KbEntry("kb:org:jp_weather_test", EntityType.ORGANIZATION, Subtype.POLITICAL,
                    new KbEntry.Labels("Japan Meteorological Agency", "気象庁"),
                    new KbEntry.Aliases(List.of("Weather Agency"), List.of()), null, "Japanese government body; 日本 政府")));
    private static final EntityLinker LINKER = new EntityLinker(KB);

    private static KbEntry country(String id, String en, String ja) {
        return new KbEntry(id, EntityType.LOCATION, null, new KbEntry.Labels(en, ja), null, null, "country");
    }

    private static KbEntry org(String id, String en, String ja) {
        return new KbEntry(id, EntityType.ORGANIZATION, Subtype.POLITICAL, new KbEntry.Labels(en, ja), null, null,
                "body");
    }

    /** The entity id of the first mention {@code name} in an article whose mentions are {@code places} and {@code orgs}. */
    private static String id(String title, String body, List<String> places, List<String> orgs, String name) {
        boolean ja = !NameForms.isLatin(body);
        DocBuilder b = ja ? DocBuilder.ja(title, body) : DocBuilder.en(title, body);
        places.forEach(p -> b.m(p, EntityType.LOCATION));
        orgs.forEach(o -> b.m(o, EntityType.ORGANIZATION, Subtype.POLITICAL));
        if (ja) {
            for (String part : List.of(title, body)) {
                for (Token t : KuromojiTokens.tokenize(part)) {
                    b.t(t.surface(), t.reading(), t.pos());
                }
            }
        }
        Document d = LINKER.process(b.build());
        return d.mentions().stream().filter(m -> m.text().equals(name)).map(Mention::entity).findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void bareJapaneseNameIsTheInstitutionOfTheArticlesCountry() {
        assertEquals("kb:org:xv_assembly", id("ボルカニアで総選挙", "ボルカニアの総選挙で与党が勝った。国民議会の定数は199。ザルコビアも注目した。",
                List.of("ボルカニア", "ボルカニア", "ザルコビア"), List.of("国民議会"), "国民議会"));
    }

    @Test
    void bareEnglishNameIsTheInstitutionOfTheArticlesCountry() {
        assertEquals("kb:org:xv_assembly", id("Volkania votes", "Voters in Volkania chose a new National Assembly. "
                + "Zarkovia watched.", List.of("Volkania", "Volkania", "Zarkovia"), List.of("National Assembly"),
                "National Assembly"));
    }

    @Test
    void englishDemonymAndJapaneseCountryNameReachTheSameCourt() {
        String en = id("Hungary ruling", "In Hungary, the Constitutional Court ruled on Monday.",
                List.of("Hungary", "Hungary"), List.of("Constitutional Court"), "Constitutional Court");
        String ja = id("ハンガリーで判決", "ハンガリーの憲法裁判所は月曜、判決を出した。",
                List.of("ハンガリー", "ハンガリー"), List.of("憲法裁判所"), "憲法裁判所");
        assertEquals("kb:org:hu_court_test", en);
        assertEquals(en, ja);
        assertEquals("kb:org:xz_court_test", id("Zarkovia ruling", "In Zarkovia, the Constitutional Court ruled on Monday.",
                List.of("Zarkovia", "Zarkovia"), List.of("Constitutional Court"), "Constitutional Court"),
                "the KB tells namesakes apart with the country in parentheses");
    }

    @Test
    void twoMatchingInstitutionsLinkNeither() {
        // the country in another phrase: ザルコビアの国民議会 names the combination, as ザルコビア国民議会 does
        String got = id("ザルコビア議会", "ザルコビアでは国民議会が法案を可決した。", List.of("ザルコビア", "ザルコビア"),
                List.of("国民議会"), "国民議会");
        assertEquals("nil:name:xz_national_parliament", got);
    }

    @Test
    void englishCopyAboutACountryMeansThatCountrysInstitutionUnlessJapanWasNamedLast() {
        assertEquals("kb:org:xv_mofa", id("Volkania unrest", "Volkania saw a coup. The Foreign Ministry said all was calm.",
                List.of("Volkania", "Volkania"), List.of("Foreign Ministry"), "Foreign Ministry"));
        assertEquals("kb:org:xv_mofa", id("Volkania unrest", "Volkania saw a coup, Japan's envoy said. In Volkania, the Foreign "
                + "Ministry said all was calm.", List.of("Volkania", "Volkania", "Japan", "Volkania"), List.of("Foreign Ministry"),
                "Foreign Ministry"), "the country named last before it");
        assertEquals("kb:org:jp_mofa_test", id("Volkania unrest", "Volkania saw a coup. In Japan, the Foreign Ministry "
                + "said its nationals were safe.", List.of("Volkania", "Japan"), List.of("Foreign Ministry"), "Foreign Ministry"));
    }

    @Test
    void japansOwnInstitutionStaysJapansUnlessTheCountryIsWrittenBeforeIt() {
        assertEquals("kb:org:jp_mofa_test", id("ボルカニア情勢", "ボルカニアで政変があった。外務省によると邦人は無事だ。",
                List.of("ボルカニア", "ボルカニア"), List.of("外務省"), "外務省"));
        assertEquals("kb:org:xv_mofa", id("ボルカニア情勢", "ボルカニアで政変があった。ボルカニア外務省によると平穏だ。",
                List.of("ボルカニア", "ボルカニア", "ボルカニア"), List.of("外務省"), "外務省"));
    }

    @Test
    void japansBodyStatedToStandInAForeignPlaceIsThatCountrys() {
        assertEquals("kb:org:xv_mofa", id("借款", "両政府はブロブナの外務省で交換公文に署名した。",
                List.of("ブロブナ"), List.of("外務省"), "外務省"), "a city the KB places in Volkania");
        assertEquals("kb:org:xv_mofa", id("Loan", "The ministers signed notes at the Foreign Ministry in Brovna on Monday.",
                List.of("Brovna"), List.of("Foreign Ministry"), "Foreign Ministry"));
        assertEquals("kb:org:jp_mofa_test", id("借款", "両政府は霧峰の外務省で交換公文に署名した。",
                List.of("霧峰"), List.of("外務省"), "外務省"), "a place in Japan keeps Japan's");
        assertEquals("kb:org:jp_mofa_test", id("Loan", "The ministers met at the Foreign Ministry in Tokyo. Brovna waited.",
                List.of("Brovna"), List.of("Foreign Ministry"), "Foreign Ministry"), "no KB place after 'in'");
    }

    /** The entity ids of every mention {@code name}, in text order. */
    private static List<String> ids(String title, String body, List<String> places, List<String> orgs, String name) {
        DocBuilder b = DocBuilder.ja(title, body);
        places.forEach(p -> b.m(p, EntityType.LOCATION));
        orgs.forEach(o -> b.m(o, EntityType.ORGANIZATION, Subtype.POLITICAL));
        for (String part : List.of(title, body)) {
            for (Token t : KuromojiTokens.tokenize(part)) {
                b.t(t.surface(), t.reading(), t.pos());
            }
        }
        return LINKER.process(b.build()).mentions().stream().filter(m -> m.text().equals(name)).map(Mention::entity)
                .toList();
    }

    @Test
    void japansBodyNamedAfterAForeignCountryIsThatCountrysNotJapans() {
        List<String> got = ids("ボルカニアの熱波", "ボルカニア気象庁は熱波が続くと発表した。日本でも気象庁が警戒を呼びかけた。",
                List.of("ボルカニア", "ボルカニア", "日本"), List.of("気象庁", "気象庁"), "気象庁");
        assertEquals(2, got.size());
        assertNotEquals("kb:org:jp_weather_test", got.get(0), "Volkania's weather service");
        assertTrue(got.get(0).startsWith("nil:"), got.get(0));
        assertEquals("kb:org:jp_weather_test", got.get(1), "Japan's, named apart");
        String en = id("Volkania heat", "Volkania's Weather Agency warned of more heat.", List.of("Volkania", "Volkania"),
                List.of("Weather Agency"), "Weather Agency");
        assertTrue(en.startsWith("nil:"), en);
        assertEquals("kb:org:jp_weather_test", id("Heat in Japan", "Japan's Weather Agency warned of more heat.",
                List.of("Japan", "Japan"), List.of("Weather Agency"), "Weather Agency"), "Japan's own stays Japan's");
    }

    @Test
    void aGenericNameAfterACountryIsNeverAnotherCountrysBody() {
        String got = id("ザルコビアの感染", "ザルコビアで感染が拡大し、ザルコビアの病院は満床だ。ボルカニア保健省も警戒している。",
                List.of("ザルコビア", "ザルコビア", "ザルコビア", "ボルカニア"), List.of("保健省"), "保健省");
        assertNotEquals("kb:org:xz_health_test", got);
        assertEquals("kb:org:xz_health_test", id("ザルコビアの感染", "ザルコビアで感染が拡大した。保健省は警戒している。",
                List.of("ザルコビア", "ザルコビア"), List.of("保健省"), "保健省"), "the article's country, when none is written before it");
    }

    @Test
    void unlinkedGenericNameIsQualifiedByTheArticlesMainForeignCountry() {
        String ja = id("ボルカニア選挙", "ボルカニアの国家選挙事務局は日本の協力を得て開票を終えた。",
                List.of("ボルカニア", "ボルカニア", "日本"), List.of("国家選挙事務局"), "国家選挙事務局");
        String en = id("Volkania election", "In Volkania, the National Election Office finished counting with help "
                + "from Japan.", List.of("Volkania", "Volkania", "Japan"), List.of("National Election Office"),
                "National Election Office");
        String other = id("Zarkovia election", "In Zarkovia, the National Election Office finished counting.",
                List.of("Zarkovia", "Zarkovia"), List.of("National Election Office"), "National Election Office");
        assertEquals("nil:name:xv_election_national_office", en);
        assertEquals(en, ja);
        assertNotEquals(en, other);
    }

    @Test
    void aBodyAboveCountriesIsNotQualifiedByTheArticlesCountry() {
        String ja = id("ボルカニア漁業", "ボルカニアは北太平洋漁業委員会の会合で反対した。",
                List.of("ボルカニア", "ボルカニア"), List.of("北太平洋漁業委員会"), "北太平洋漁業委員会");
        String en = id("Volkania fishing", "Volkania objected at the North Pacific Fisheries Commission.",
                List.of("Volkania", "Volkania"), List.of("North Pacific Fisheries Commission"),
                "North Pacific Fisheries Commission");
        assertEquals("nil:name:committee_fishery_north_pacific", en);
        assertEquals(en, ja);
        assertEquals("nil:name:international_union", id("Volkania science", "Volkania joined the International Union.",
                List.of("Volkania", "Volkania"), List.of("International Union"), "International Union"));
    }

    @Test
    void aMissionAbroadIsQualifiedByTheCountryItStandsIn() {
        String ja = id("ボルカニア情勢", "在ボルカニア日本大使館は月曜、注意を呼びかけた。ザルコビアも同様だ。",
                List.of("ザルコビア"), List.of("在ボルカニア日本大使館"), "在ボルカニア日本大使館");
        String en = id("Volkania unrest", "The Embassy of Japan in Volkania issued a warning. Zarkovia did too.",
                List.of("Zarkovia"), List.of("Embassy of Japan in Volkania"), "Embassy of Japan in Volkania");
        String generic = id("Volkania unrest", "In Volkania, the Embassy of Japan issued a warning.",
                List.of("Volkania", "Volkania"), List.of("Embassy of Japan"), "Embassy of Japan");
        assertEquals("nil:name:xv_embassy_japan", en);
        assertEquals(en, ja);
        assertEquals(en, generic, "the article's country qualifies the bare name the same way");
    }

    @Test
    void aMissionNamedWithoutItsCountryIsTheOneInTheArticlesCountry() {
        assertEquals("kb:org:jp_embassy_hu_test", id("Hungary floods", "In Hungary, the Embassy of Japan said all were safe.",
                List.of("Hungary", "Hungary"), List.of("Embassy of Japan"), "Embassy of Japan"));
        assertEquals("kb:org:jp_embassy_hu_test", id("ハンガリー洪水", "ハンガリーの洪水で、日本大使館は邦人の無事を確認した。",
                List.of("ハンガリー", "ハンガリー"), List.of("日本大使館"), "日本大使館"));
    }

    @Test
    void genericNameWithoutForeignCountryAndProperNameKeepTheirKeys() {
        assertEquals("nil:name:election_national_office", id("選挙", "国家選挙事務局は日本の協力を得た。",
                List.of("日本"), List.of("国家選挙事務局"), "国家選挙事務局"));
        assertEquals("nil:name:kiji_institute", id("Volkania", "In Volkania, the Kiji Institute said so.",
                List.of("Volkania", "Volkania"), List.of("Kiji Institute"), "Kiji Institute"));
    }

    @Test
    void genericMeansGenericWordsOnly() {
        assertTrue(NilKey.genericOnly(EntityType.ORGANIZATION, "National Assembly", List.of()));
        assertTrue(NilKey.genericOnly(EntityType.ORGANIZATION, "Foreign Ministry", List.of()));
        assertFalse(NilKey.genericOnly(EntityType.ORGANIZATION, "Kiji Institute", List.of()));
        String ja = "国民議会";
        assertTrue(NilKey.genericOnly(EntityType.ORGANIZATION, ja, KuromojiTokens.tokenize(ja)));
        String brand = "ネイチャー・コミュニケーションズ";
        assertFalse(NilKey.genericOnly(EntityType.ORGANIZATION, brand, KuromojiTokens.tokenize(brand)));
    }
}
