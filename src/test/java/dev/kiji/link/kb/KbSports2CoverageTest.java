package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second sports file: MLB leagues, managers, players and ballparks, NPB players and legends, sumo wrestlers by ring
 * name, stables and stablemasters, footballers, and athletes of other sports under their Japanese and English names.
 * Each Japanese and English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbSports2CoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ア・リーグ; American League", "ナ・リーグ; National League", "大リーグ選手会; MLBPA",
        "ナ・リーグ優勝決定シリーズ; NLCS", "MLB東京シリーズ; MLB Tokyo Series", "米野球殿堂; Baseball Hall of Fame",
        "アレックス・コーラ; Alex Cora", "テリー・フランコーナ; Terry Francona", "カート・スズキ; Kurt Suzuki",
        "ジーター; Derek Jeter", "マックス・マンシー; Max Muncy", "トミー・エドマン; Tommy Edman",
        "水原一平; Ippei Mizuhara", "長谷川滋利; Shigetoshi Hasegawa", "岡島秀樹; Hideki Okajima",
        "トゥルーイスト・パーク; Truist Park", "カムデン・ヤーズ; Camden Yards", "ミニッツメイド・パーク; Minute Maid Park",
        "バレンティン; Wladimir Balentien", "トレバー・バウアー; Trevor Bauer", "サブロー; Saburo Ohmura",
        "金田正一; Masaichi Kaneda", "張本勲; Isao Harimoto", "万波中正; Chusei Mannami", "頓宮裕真; Yuma Tongu",
        "達孝太; Kota Tatsu", "奥川恭伸; Yasunobu Okugawa", "大瀬良大地; Daichi Osera",
        "千代の富士; Chiyonofuji", "大鵬; Taiho", "北の湖; Kitanoumi", "把瑠都; Baruto", "琴欧洲; Kotooshu",
        "千代大海; Chiyotaikai", "九重親方; Chiyotaikai", "翠富士; Midorifuji", "狼雅; Roga", "安美錦; Aminishiki",
        "伊勢ケ浜部屋; Isegahama stable", "二所ノ関部屋; Nishonoseki stable", "佐渡ヶ嶽部屋; Sadogatake stable",
        "横綱審議委員会; Yokozuna Deliberation Council", "宮代大聖; Taisei Miyashiro", "鬼木達; Toru Oniki",
        "田中マルクス闘莉王; Marcus Tulio Tanaka", "猶本光; Hikaru Naomoto", "スキッベ; Michael Skibbe",
        "ルナ・ヘンドリックス; Loena Hendrickx", "荻原大翔; Hiroto Ogiwara", "綿貫陽介; Yosuke Watanuki",
        "長﨑美柚; Miyu Nagasaki", "保木卓朗; Takuro Hoki", "ロラン・ティリ; Laurent Tillie", "具志堅用高; Yoko Gushiken",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everySecondSportsEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-sports-2.jsonl", 500);
    }
}
