package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The third Japanese places file: wards of the designated cities, volcanoes and mountains, rivers, lakes, bays, capes,
 * islands, plains, gorges, hot springs and districts; stations, lines, airports, SDF and US bases, ports, roads,
 * bridges, power plants and dams, castles, temples and shrines, museums, theatres, stadiums, hospitals and prisons.
 * Each Japanese and English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbJapanPlaces3CoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "大阪市北区; Kita Ward, Osaka", "博多区; Hakata Ward", "横浜市中区; Naka Ward, Yokohama", "仙台市青葉区; Aoba Ward, Sendai",
        "伏見区; Fushimi Ward", "北九州市小倉北区; Kokurakita Ward, Kitakyushu",
        "焼岳; Mount Yakedake", "樽前山; Mount Tarumae", "吾妻山; Mount Azuma", "新潟焼山; Mount Niigata-Yakeyama",
        "福徳岡ノ場; Fukutoku-Okanoba", "剱岳; Mount Tsurugi", "六甲山; Mount Rokko", "奥羽山脈; Ou Mountains",
        "鬼怒川; Kinu River", "大井川; Oi River", "神通川; Jinzu River", "千曲川; Chikuma River",
        "印旛沼; Lake Inba", "大浦湾; Oura Bay", "来島海峡; Kurushima Strait", "宗谷岬; Cape Soya",
        "国東半島; Kunisaki Peninsula", "魚釣島; Uotsuri Island", "悪石島; Akusekijima", "関東平野; Kanto Plain",
        "甲府盆地; Kofu Basin", "黒部峡谷; Kurobe Gorge", "草津温泉; Kusatsu Onsen", "先斗町; Pontocho",
        "中之島; Nakanoshima", "御茶ノ水駅; Ochanomizu Station", "京葉線; Keiyo Line", "東急東横線; Tokyu Toyoko Line",
        "花巻空港; Hanamaki Airport", "入間基地; Iruma Air Base", "キャンプ・キンザー; Camp Kinser", "木更津駐屯地; Camp Kisarazu",
        "小名浜港; Port of Onahama", "第三京浜; Dai-san Keihin Road", "勝鬨橋; Kachidoki Bridge", "苫東厚真発電所; Tomato-Atsuma Power Station",
        "城山ダム; Shiroyama Dam", "駿府城; Sunpu Castle", "今帰仁城; Nakijin Castle", "東福寺; Tofuku-ji",
        "櫛田神社; Kushida Shrine", "大浦天主堂; Oura Church", "横浜刑務所; Yokohama Prison", "名古屋刑務所; Nagoya Prison",
        "博多座; Hakataza", "東山動植物園; Higashiyama Zoo", "日本赤十字社医療センター; Japanese Red Cross Medical Center",
        "兵庫県立美術館; Hyogo Prefectural Museum of Art", "東日本入国管理センター; East Japan Immigration Center",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyJapanPlaces3EntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-japan-places-3.jsonl", 1000);
    }
}
