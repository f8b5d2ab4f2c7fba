package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The development-gaps file: real entities that development articles name and the default KB lacked (stations, Mount
 * Fuji trails, Kyoto streets, expressway interchanges, agencies, courts, national programmes, works of art, people),
 * and well-known entities of the same kinds. Each Japanese and English name resolves to one and the same entry, and
 * the file carries no guessed QID.
 */
class KbDevGapsCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "第9回アフリカ開発会議; Tokyo International Conference on African Development", "TICAD9; TICAD 9",
        "日印外相間戦略対話; Japan-India Foreign Ministers' Strategic Dialogue",
        "フィギュアスケート・グランプリシリーズ; ISU Grand Prix of Figure Skating",
        "富士宮ルート; Fujinomiya Trail", "吉田ルート; Yoshida Trail", "須走ルート; Subashiri Trail",
        "津福駅; Tsubuku Station", "大善寺駅; Daizenji Station", "花畑駅; Hanabatake Station",
        "グランドプリンスホテル新高輪; Grand Prince Hotel Shin Takanawa", "グランドプリンスホテル広島; Grand Prince Hotel Hiroshima",
        "原爆死没者慰霊碑; Cenotaph for the A-bomb Victims", "長崎造船所; Nagasaki Shipyard",
        "国際サンゴ礁研究・モニタリングセンター; International Coral Reef Research and Monitoring Center",
        "上越線; Joetsu Line", "高徳線; Kotoku Line", "四条通; Shijo-dori", "御池通; Oike-dori", "河原町通; Kawaramachi-dori",
        "烏丸通; Karasuma-dori", "リビーニョ・スノーパーク; Livigno Snow Park", "水上インターチェンジ; Minakami Interchange",
        "国道439号; National Route 439", "大阪急性期・総合医療センター; Osaka General Medical Center", "宮崎港; Miyazaki Port",
        "東和薬品RACTABドーム; Towa Pharmaceutical RACTAB Dome", "蔵王温泉スキー場; Zao Onsen ski resort",
        "ブラウンシュバイク; Braunschweig", "北海道11区; Hokkaido No. 11 district", "祖谷川; Iya River", "縄文杉; Jomon Sugi",
        "関東甲信地方; Kanto-Koshin", "リベルダージ; Liberdade", "水俣湾; Minamata Bay", "御釜; Okama",
        "ササン朝ペルシャ; Sasanian Persia", "シエムレアプ州; Siem Reap Province", "シルクロード; Silk Road", "十勝地方; Tokachi",
        "オール沖縄; All Okinawa", "オースタル; Austal", "ブラウンシュバイク地裁; Braunschweig Regional Court",
        "BYDオートジャパン; BYD Auto Japan", "カンボジア地雷対策センター; CMAC", "チッソ; Chisso Corp.", "クランチロール; Crunchyroll",
        "ロックビット; LockBit", "MM総研; MM Research Institute", "帯広保健所; Obihiro Public Health Center",
        "太平洋津波警報センター; Pacific Tsunami Warning Center", "オーストラリア海軍; Royal Australian Navy",
        "スターアライアンス; Star Alliance", "トヨタ自動車東日本; Toyota Motor East Japan", "米地質調査所; U.S. Geological Survey",
        "屋久島森林管理署; Yakushima Forest Office", "ベンソン・キプルト; Benson Kipruto", "カロリーナ・コストナー; Carolina Kostner",
        "カルステン・シュポア; Carsten Spohr", "ホルガー・ルーネ; Holger Rune", "伊藤潤二; Junji Ito", "伊藤錬; Ren Ito",
        "ロナルド・クーマン; Ronald Koeman", "スコッティ・ジェームズ; Scotty James", "高岡寿成; Toshinari Takaoka",
        "タルシジオ・デフレイタス; Tarcisio de Freitas", "アフィーラ; Afeela", "ボルサ・ファミリア; Bolsa Familia",
        "無償栄養給食; Makan Bergizi Gratis", "ギャラクシー・リーダー; Galaxy Leader", "唐獅子図屏風; Karajishi-zu",
        "檜図屏風; Cypress Trees", "ネイチャー・コミュニケーションズ; Nature Communications", "国際学習到達度調査; Programme for International Student Assessment",
        "少年ジャンプ+; Shonen Jump+", "献灯使; The Emissary", "防衛装備移転三原則; Three Principles on Transfer of Defense Equipment and Technology",
        "米海洋大気局; NOAA", "香港天文台; Hong Kong Observatory", "オーストラリア気象局; Bureau of Meteorology",
        "薬院駅; Yakuin Station", "日比谷通り; Hibiya-dori", "松林図屏風; Pine Trees", "アレックス・デミノー; Alex de Minaur",
        "ヘレン・オビリ; Hellen Obiri", "ステファン・ランビエル; Stephane Lambiel", "アンナ・ガサー; Anna Gasser",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyDevGapsEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-dev-gaps.jsonl", 150);
    }
}
