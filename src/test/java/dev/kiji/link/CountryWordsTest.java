package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The countries opening an invented event's or treaty's name key alike in Japanese (one-character abbreviations,
 * a compound of them, a country name) and English (names, {@code U.S.}), in either order; other types and a name
 * that is only countries are left alone.
 */
class CountryWordsTest {
    private static final CountryWords COUNTRIES = new CountryWords(KnowledgeBase.shared());

    private static String ja(EntityType type, String spec) {
        List<Token> out = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (String t : spec.split("\\|")) {
            String[] sr = t.split("/");
            out.add(new Token(new CharSpan(name.length(), name.length() + sr[0].length()), sr[0], sr[0], "名詞-一般", sr[1]));
            name.append(sr[0]);
        }
        return NilKey.of(type, name.toString(), out, NameRomanizer.none(), COUNTRIES);
    }

    private static String en(EntityType type, String name) {
        return NilKey.of(type, name, List.of(), NameRomanizer.none(), COUNTRIES);
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "EVENT; 日/ニチ|印/イン|鷹森/タカモリ|対話/タイワ; India-Japan Takamori Dialogue",
        "EVENT; 日印/ニチイン|鷹森/タカモリ|対話/タイワ; Japan-India Takamori Dialogue",
        "PRODUCT; 日米/ニチベイ|鷹森/タカモリ|協定/キョウテイ; U.S.-Japan Takamori Agreement",
        "EVENT; 米国/ベイコク|鷹森/タカモリ|会談/カイダン; United States Takamori Talks",
        "EVENT; 日/ニチ|英/エイ|外相/ガイショウ|戦略/センリャク|対話/タイワ; Japan-UK Foreign Ministers' Strategic Dialogue",
        "PRODUCT; ノルウェー/ノルウェー|鷹森/タカモリ|協定/キョウテイ; Norwegian Takamori Agreement",
        "EVENT; 韓国/カンコク|鷹森/タカモリ|会談/カイダン; South Korean Takamori Talks",
    })
    void leadingCountriesKeyAlike(EntityType type, String japanese, String english) {
        assertEquals(ja(type, japanese), en(type, english), japanese + " / " + english);
    }

    @Test
    void differentCountriesDoNotCollide() {
        assertNotEquals(ja(EntityType.EVENT, "日/ニチ|英/エイ|鷹森/タカモリ|対話/タイワ"),
                en(EntityType.EVENT, "India-Japan Takamori Dialogue"));
    }

    @Test
    void onlyEventsAndTreatiesAndOnlyBeforeOtherWords() {
        assertEquals(NilKey.of(EntityType.ORGANIZATION, "India Takamori Bank", List.of()),
                en(EntityType.ORGANIZATION, "India Takamori Bank"));
        assertEquals(List.of(), leading(List.of("japan")));
        assertEquals(List.of("unitedstates", "japan"), leading(List.of("u", "s", "japan", "takamori")));
        assertNull(COUNTRIES.japanese("鷹森"));
        assertEquals(List.of("japan", "china", "southkorea"), COUNTRIES.japanese("日中韓"));
    }

    private static List<String> leading(List<String> words) {
        List<String> out = new ArrayList<>();
        COUNTRIES.leadingEnglish(words, out);
        return out;
    }

    @Test
    void aForeignCompanysCountryPrefixIsNoPartOfItsName() {
        assertEquals(en(EntityType.ORGANIZATION, "Valkea"), ja(EntityType.ORGANIZATION, "韓国/カンコク|ヴァルケア/-"));
        assertEquals(en(EntityType.ORGANIZATION, "Nexus Inc."), ja(EntityType.ORGANIZATION, "米/ベイ|ネクサス/-"));
        assertNotEquals(en(EntityType.ORGANIZATION, "Electric Power"), ja(EntityType.ORGANIZATION, "中国/チュウゴク|電力/デンリョク"));
        assertNotEquals(en(EntityType.ORGANIZATION, "Nexus"), ja(EntityType.ORGANIZATION, "日本/ニホン|ネクサス/-"));
    }
}
