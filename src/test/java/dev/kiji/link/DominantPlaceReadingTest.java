package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.TestDictionaries;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A kanji place name with several readings is read as the longer place names that start with it read it (a town's
 * district, bridge and station), and a company or school named after it takes that reading. Names are invented.
 */
class DominantPlaceReadingTest {
    private static final NameDictionary DICT = TestDictionaries.of(
            "鷲岩\tsp\tWashiiwa|Washiyoshi|Toiwa",
            "鷲岩北\tp\tWashiyoshikita",
            "鷲岩口\tp\tWashiyoshiguchi",
            "鷲岩大橋\tp\tWashiyoshioohashi|Washiiwaoohashi",
            "鷲岩川\tp\tWashiiwagawa",
            "鷲岩田\tp\tWashiiwata",
            "鷲岩田北\tp\tWashiiwatakita",
            "鷲岩田南\tp\tWashiiwataminami",
            "鷹沢\tsp\tTakasawa|Takazawa",
            "鷹沢橋\tp\tTakasawabashi",
            "鷹沢駅\tt\tTakazawaeki",
            "鴨瀬\tp\tKamose|Kamone",
            "鴨瀬町\tp\tKamosechou");
    private static final EnamdictRomanizer PLACES = new EnamdictRomanizer(() -> DICT);

    @Test
    void theReadingMostLongerPlaceNamesShareWins() {
        // 鷲岩大橋 counts once, for the reading its first form starts with; 鷲岩田… are another word (田 is no place tail)
        assertEquals(Optional.of("washiyoshi"), PLACES.dominantPlaceReading("鷲岩"));
    }

    @Test
    void aTieOrASingleWitnessDecidesNothing() {
        assertEquals(Optional.empty(), PLACES.dominantPlaceReading("鷹沢"));
        assertEquals(Optional.empty(), PLACES.dominantPlaceReading("鴨瀬"));
        assertEquals(Optional.empty(), PLACES.dominantPlaceReading("鷺森"));
    }

    private static List<Token> tokens(String... f) {
        return TestTokens.of(f);
    }

    @Test
    void aSchoolOrAPlaceNamedSoTakesThePlaceReading() {
        List<Token> school = tokens("鷲", "ワシ", "名詞-一般", "岩", "イワ", "名詞-一般", "精機", "セイキ", "名詞-一般");
        assertEquals("washiyoshiseiki", NilKey.of(EntityType.ORGANIZATION, "鷲岩精機", school, PLACES));
        List<Token> town = tokens("鷲岩", "トイワ", "名詞-固有名詞-地域-一般", "町", "チョウ", "名詞-接尾-地域");
        assertEquals("washiyoshi", NilKey.of(EntityType.LOCATION, "鷲岩町", town, PLACES));
        // a place or organization Kuromoji knows as one proper noun keeps its reading inside an organization's name
        List<Token> known = tokens("鷲岩", "トイワ", "名詞-固有名詞-組織", "精機", "セイキ", "名詞-一般");
        assertEquals("toiwaseiki", NilKey.of(EntityType.ORGANIZATION, "鷲岩精機", known, PLACES));
    }

    @Test
    void theKanjiAfterAPlaceNamedHeadAreReadAsACompoundNotAsAGivenName() {
        // Kuromoji reads a lone 精 as the given name キヨシ; the company is Washiyoshi Seiko
        List<Token> company = tokens("鷲岩", "ワシイワ", "名詞-固有名詞-人名-姓", "精", "キヨシ", "名詞-固有名詞-人名-名",
                "工", "コウ", "名詞-一般");
        assertEquals("washiyoshiseiko", NilKey.of(EntityType.ORGANIZATION, "鷲岩精工", company, PLACES));
    }
}
