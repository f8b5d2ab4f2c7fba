package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regions (curated-regions.jsonl): African capitals and cities, African Union and regional bodies, leaders, banks,
 * telecoms, miners, ports and energy projects; Middle East and Central Asia leaders, state oil companies, funds,
 * armed groups and cities; Taiwanese counties and Chinese, Korean and Taiwanese companies; US governors, big-city
 * mayors and federal agencies. A Japanese and an English article naming one of them resolve to the same single
 * entry, and so does the older Japanese name of Georgia added to its country entry.
 */
class KbRegionsCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-regions.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // Africa
        "ギテガ; Gitega", "ブジュンブラ; Bujumbura", "マラボ; Malabo", "ヤムスクロ; Yamoussoukro", "サントメ; São Tomé",
        "バハルダール; Bahir Dar", "キスマヨ; Kismayo", "ブルームフォンテーン; Bloemfontein", "カタンガ州; Katanga",
        "アフリカ連合委員会; AU Commission", "汎アフリカ議会; Pan-African Parliament", "東南部アフリカ市場共同体; COMESA",
        "西アフリカ経済通貨同盟; WAEMU", "ブリス・オリギンゲマ; Brice Oligui Nguema", "アハヌーシュ; Aziz Akhannouch",
        "ネトゥンボ・ナンディンダイトゥワ; Netumbo Nandi-Ndaitwah", "マハムード・アリ・ユスフ; Mahmoud Ali Youssouf",
        "ボーダコム; Vodacom", "エコバンク; Ecobank", "エジプト国立銀行; National Bank of Egypt", "Mペサ; M-Pesa",
        "アイバンホー・マインズ; Ivanhoe Mines", "ゾフルガス田; Zohr", "ナカラ回廊; Nacala Corridor", "タンザン鉄道; TAZARA",
        "リエック・マシャール; Riek Machar", "デニ・ムクウェゲ; Denis Mukwege", "パトリス・モツェペ; Patrice Motsepe",
        // Middle East and Central Asia
        "アブドラ・オジャラン; Abdullah Ocalan", "クルディスタン地域政府; KRG", "ペシュメルガ; Peshmerga",
        "国連レバノン暫定軍; UNIFIL", "トルコ石油公社; TPAO", "テンギス油田; Tengiz", "マルワン・バルグーティ; Marwan Barghouti",
        "デブレット・バフチェリ; Devlet Bahçeli", "マンスール・ヤワシュ; Mansur Yavaş", "オルジャス・ベクテノフ; Olzhas Bektenov",
        "フェルガナ盆地; Fergana Valley", "セミパラチンスク; Semipalatinsk", "未来投資イニシアチブ; Future Investment Initiative",
        // China, Korea, Taiwan
        "黄坤明; Huang Kunming", "南投県; Nantou County", "苗栗県; Miaoli County", "新疆生産建設兵団; XPCC",
        "蜜雪氷城; Mixue", "中聯重科; Zoomlion", "ハンコックタイヤ; Hankook Tire", "国巨; Yageo", "新竹科学園区; Hsinchu Science Park",
        // United States
        "ケイ・アイビー; Kay Ivey", "ネッド・ラモント; Ned Lamont", "ジョシュ・スタイン; Josh Stein", "ティナ・コテック; Tina Kotek",
        "ケリー・エイヨット; Kelly Ayotte", "トニー・エバーズ; Tony Evers", "ミシェル・ウー; Michelle Wu",
        "ジョン・ウィットマイヤー; John Whitmire", "米連邦エネルギー規制委員会; FERC", "米特許商標庁; USPTO",
        "米陸軍工兵隊; Army Corps of Engineers", "連邦緊急事態管理庁; FEMA", "運輸保安局; TSA",
        // alias added to the country entry
        "グルジア; Georgia",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyEntryIsInTheBuiltKbWithoutQid() {
        DefaultKbNames.assertCuratedFile(FILE, 250);
    }
}
