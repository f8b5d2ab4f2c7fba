package dev.kiji.link.kb;

import static dev.kiji.link.kb.DefaultKbNames.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese places, facilities, events and products (curated-japan-places.jsonl): a Japanese and an English
 * article about the same city, volcano, airport, nuclear plant, festival, disaster, rocket or law name one entry.
 * A city that shares its name with its prefecture stays a separate entry.
 */
class KbJapanPlacesCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-japan-places.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "金沢; Kanazawa", "那覇市; Naha", "旭川市; Asahikawa", "宇都宮; Utsunomiya", "青森市; Aomori City",
        "豊田市; Toyota City", "いわき市; Iwaki", "輪島市; Wajima", "軽井沢町; Karuizawa", "六ヶ所村; Rokkasho",
        "中部地方; Chubu region", "山陰; San'in", "屋久島; Yakushima", "石垣島; Ishigaki Island", "佐渡島; Sado Island",
        "択捉島; Etorofu", "硫黄島; Iwo Jima", "伊豆半島; Izu Peninsula", "知床半島; Shiretoko Peninsula",
        "富士山; Mount Fuji", "北アルプス; Northern Alps", "御嶽山; Mount Ontake", "桜島; Sakurajima",
        "琵琶湖; Lake Biwa", "東京湾; Tokyo Bay", "関門海峡; Kanmon Straits", "日向灘; Hyuga-nada",
        "白川郷; Shirakawa-go", "尾瀬国立公園; Oze National Park", "辺野古; Henoko", "銀座; Ginza",
        "中部国際空港; Centrair", "伊丹空港; Itami Airport", "新千歳空港; New Chitose Airport", "嘉手納基地; Kadena Air Base",
        "普天間飛行場; Futenma Air Station", "博多駅; Hakata Station", "明石海峡大橋; Akashi Kaikyo Bridge",
        "青函トンネル; Seikan Tunnel", "新東名高速道路; Shin-Tomei Expressway", "首都高; Shuto Expressway",
        "黒部ダム; Kurobe Dam", "女川原発; Onagawa Nuclear Power Plant", "浜岡原子力発電所; Hamaoka nuclear plant",
        "泊原発; Tomari Nuclear Power Plant", "六ヶ所再処理工場; Rokkasho Reprocessing Plant",
        "神宮球場; Meiji Jingu Stadium", "鈴鹿サーキット; Suzuka Circuit", "姫路城; Himeji Castle", "首里城; Shuri Castle",
        "浅草寺; Senso-ji", "伏見稲荷大社; Fushimi Inari Taisha", "厳島神社; Itsukushima Shrine",
        "東京スカイツリー; Tokyo Skytree", "ユニバーサル・スタジオ・ジャパン; USJ", "豊洲市場; Toyosu Market",
        "阿波おどり; Awa Odori", "コミケ; Comiket", "センバツ; Spring Koshien", "有馬記念; Arima Kinen",
        "関東大震災; Great Kanto Earthquake", "西日本豪雨; 2018 Japan floods", "首都直下地震; Tokyo inland earthquake",
        "地下鉄サリン事件; Tokyo subway sarin attack", "大阪・関西万博; Expo 2025", "統一地方選挙; Unified local elections",
        "自民党総裁選; LDP presidential election", "沖縄戦; Battle of Okinawa",
        "はやぶさ２; Hayabusa2", "イプシロンロケット; Epsilon rocket", "みちびき; Michibiki", "Ｎ７００Ｓ; N700S",
        "ニンテンドースイッチ２; Nintendo Switch 2", "プリウス; Toyota Prius", "レケンビ; Leqembi",
        "鬼滅の刃; Demon Slayer", "千と千尋の神隠し; Spirited Away", "源氏物語; The Tale of Genji",
        "十和田市; Towada", "須賀川; Sukagawa", "牛久市; Ushiku", "四街道; Yotsukaido", "狛江市; Komae",
        "村上市; Murakami City", "近江八幡市; Omihachiman", "長岡京市; Nagaokakyo", "大和郡山; Yamatokoriyama",
        "南アルプス市; Minami-Alps", "観音寺市; Kanonji City", "鳥栖; Tosu", "姶良市; Aira City", "本庄市; Honjo City",
        "民法; Civil Code of Japan", "皇室典範; Imperial House Law", "薬機法; PMD Act", "日米地位協定; Japan-U.S. Status of Forces Agreement",
        "楢葉町; Naraha", "飯舘村; Iitate", "川内村; Kawauchi Village", "大槌町; Otsuchi", "益城町; Mashiki",
        "内灘町; Uchinada", "厚真町; Atsuma", "寿都町; Suttsu", "神恵内村; Kamoenai", "倶知安町; Kutchan",
        "泊村; Tomari Village", "大樹町; Taiki Town", "嘉手納町; Kadena Town", "北谷町; Chatan", "読谷村; Yomitan",
        "玄海町; Genkai Town", "上関町; Kaminoseki", "阿武町; Abu Town", "刈羽村; Kariwa", "東通村; Higashidori",
        "大間町; Oma Town", "白川村; Shirakawa Village", "小笠原村; Ogasawara Village", "十島村; Toshima Village",
        "太地町; Taiji", "明日香村; Asuka Village", "野沢温泉村; Nozawa Onsen", "嬬恋村; Tsumagoi", "上勝町; Kamikatsu",
        "小田原駅; Odawara Station", "米原駅; Maibara Station", "新山口駅; Shin-Yamaguchi Station", "新鳥栖駅; Shin-Tosu Station",
        "諫早駅; Isahaya Station", "宇都宮駅; Utsunomiya Station", "郡山駅; Koriyama Station", "八戸駅; Hachinohe Station",
        "越後湯沢駅; Echigo-Yuzawa Station", "軽井沢駅; Karuizawa Station", "富山駅; Toyama Station", "福井駅; Fukui Station",
        "北千住駅; Kita-Senju Station", "押上駅; Oshiage Station", "近鉄奈良駅; Kintetsu-Nara Station", "舞浜駅; Maihama Station",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void aCityWhoseStemIsASurnameOrWordIsFoundOnlyWithShi() {
        for (String[] city : new String[][] {{"本庄", "kb:loc:honjo_city"}, {"村上", "kb:loc:murakami_city"},
                {"国立", "kb:loc:kunitachi_city"}, {"旭", "kb:loc:asahi_city"}, {"桜井", "kb:loc:sakurai_city"}}) {
            assertEquals(Set.of(city[1]), ids(city[0] + "市"), city[0]);
            assertFalse(ids(city[0]).contains(city[1]), city[0]);
        }
    }

    @Test
    void aCityNamedLikeItsPrefectureIsASeparateEntry() {
        assertEquals(Set.of("kb:loc:aomori_city"), ids("青森市"));
        assertEquals(Set.of("kb:loc:jp_pref_aomori"), ids("青森県"));
        assertEquals(Set.of("kb:loc:fukushima_city"), ids("福島市"));
        assertFalse(ids("福島").contains("kb:loc:fukushima_city"), "bare 福島 stays the prefecture");
    }

    @Test
    void entriesOfThisFileCarryNoQidAndADescription() {
        DefaultKbNames.assertCuratedFile(FILE, 900);
    }
}
