package dev.kiji.link.kb;

import static dev.kiji.link.kb.DefaultKbNames.KB;
import static dev.kiji.link.kb.DefaultKbNames.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The curated KB covers whole news categories, so that a Japanese and an English article name the same entry:
 * every Shinkansen line, Tokyo's 23 special wards, the national museums, the main stock indices, laws, seas and
 * troughs, recurring sports competitions. Each Japanese and English name resolves to one and the same entry.
 */
class KbCategoryCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "東海道新幹線; Tokaido Shinkansen", "山陽新幹線; Sanyo Shinkansen", "東北新幹線; Tohoku Shinkansen",
        "上越新幹線; Joetsu Shinkansen", "北陸新幹線; Hokuriku Shinkansen", "九州新幹線; Kyushu Shinkansen",
        "北海道新幹線; Hokkaido Shinkansen", "山形新幹線; Yamagata Shinkansen", "秋田新幹線; Akita Shinkansen",
        "西九州新幹線; Nishi-Kyushu Shinkansen",
        "奈良国立博物館; Nara National Museum", "国立西洋美術館; National Museum of Western Art",
        "大英博物館; British Museum",
        "日経平均; Nikkei Stock Average", "東証株価指数; TOPIX", "ダウ平均; Dow Jones Industrial Average",
        "上海総合指数; Shanghai Composite", "ハンセン指数; Hang Seng Index",
        "独禁法; Antimonopoly Act", "外為法; Foreign Exchange and Foreign Trade Act",
        "バルト海; Baltic Sea", "南海トラフ; Nankai Trough", "日本海溝; Japan Trench", "ホルムズ海峡; Strait of Hormuz",
        "信濃川; Shinano River", "箱根駅伝; Hakone Ekiden", "ボストンマラソン; Boston Marathon",
        "パリ五輪; Paris Olympics", "練馬区; Nerima", "墨田; Sumida Ward",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void allTwentyThreeSpecialWardsOfTokyo() {
        long wards = KB.entries().stream().filter(e -> e.id().startsWith("kb:loc:tokyo_")
                && e.labels().ja() != null && e.labels().ja().endsWith("区")).count();
        assertEquals(23, wards);
    }

    @Test
    void curatedAdditionsCarryNoGuessedQids() {
        for (String id : List.of("kb:product:nikkei_225", "kb:fac:tokyo_national_museum", "kb:event:tokyo_marathon",
                "kb:person:toshimitsu_motegi")) {
            KbEntry e = KB.byId(id).orElseThrow();
            assertEquals(null, e.wikidata(), id);
            assertFalse(e.description().isBlank(), id);
        }
        assertTrue(KB.lookup(NameKey.of("茂木")).stream().allMatch(KnowledgeBase.AliasHit::partial),
                "a minister's bare surname is a partial alias");
    }
}
