package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * World geography outside Japan: cities after the capitals, first-level divisions (Indian, Brazilian, French,
 * Italian, Russian and Ukrainian ones), rivers, lakes, mountains, seas, straits, islands, deserts and peninsulas, and
 * facilities abroad (airports, bases, launch sites, bridges, landmarks, stadiums, ports). Each Japanese and English
 * name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbWorldGeoCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "煙台; Yantai", "丹東; Dandong", "カシュガル; Kashgar", "基隆; Keelung", "梨泰院; Itaewon", "延坪島; Yeonpyeong Island",
        "新義州; Sinuiju", "シッキム州; Sikkim", "ダラムサラ; Dharamsala", "サンアントニオ; San Antonio",
        "マウイ島; Maui", "ラハイナ; Lahaina", "ケベック市; Quebec City", "シナロア州; Sinaloa", "マナウス; Manaus",
        "パタゴニア; Patagonia", "カーディフ; Cardiff", "ノルマンディー; Normandy", "ハノーバー; Hanover",
        "ロンバルディア州; Lombardy", "カナリア諸島; Canary Islands", "ジェシュフ; Rzeszow", "スバウキ回廊; Suwalki Gap",
        "ダゲスタン共和国; Dagestan", "ボルゴグラード; Volgograd", "ノボロシースク; Novorossiysk", "ポルタワ; Poltava",
        "クピャンスク; Kupiansk", "ビンニツァ州; Vinnytsia Oblast", "ラタキア; Latakia", "キルクーク; Kirkuk",
        "カフラマンマラシュ; Kahramanmaras", "シャルムエルシェイク; Sharm el-Sheikh", "エルファシェル; El Fasher",
        "北キブ州; North Kivu", "ラカイン州; Rakhine State", "サラワク州; Sarawak", "パラワン島; Palawan",
        "グワダル; Gwadar", "ウルル; Uluru", "ビキニ環礁; Bikini Atoll", "ローヌ川; Rhone", "エニセイ川; Yenisei",
        "セベルスキードネツ川; Seversky Donets", "タンガニーカ湖; Lake Tanganyika", "ナイアガラの滝; Niagara Falls",
        "マナスル; Manaslu", "アララト山; Mount Ararat", "カルパチア山脈; Carpathian Mountains", "チベット高原; Tibetan Plateau",
        "マルマラ海; Sea of Marmara", "アカバ湾; Gulf of Aqaba", "マゼラン海峡; Strait of Magellan", "間宮海峡; Strait of Tartary",
        "ミスチーフ礁; Mischief Reef", "ナミブ砂漠; Namib Desert", "遼東半島; Liaodong Peninsula", "バルト三国; Baltic states",
        "グランドキャニオン; Grand Canyon", "仁川国際空港; Incheon International Airport", "ヒースロー空港; Heathrow Airport",
        "インジルリク空軍基地; Incirlik Air Base", "ボストーチヌイ宇宙基地; Vostochny Cosmodrome",
        "大エチオピア・ルネサンスダム; Grand Ethiopian Renaissance Dam", "アゾフスターリ製鉄所; Azovstal",
        "ブルックリン橋; Brooklyn Bridge", "ロンドン塔; Tower of London", "赤の広場; Red Square", "カーバ神殿; Kaaba",
        "港珠澳大橋; Hong Kong-Zhuhai-Macau Bridge", "アンフィールド; Anfield", "ローンデポ・パーク; loanDepot park",
        "シファ病院; Al-Shifa Hospital", "ラファ検問所; Rafah crossing", "フィラデルフィ回廊; Philadelphi Corridor",
        "ピレウス港; Port of Piraeus", "シベリアの力; Power of Siberia",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyWorldGeographyEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-world-geo.jsonl", 900);
    }
}
