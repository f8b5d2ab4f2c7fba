package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sports entries: NBA, NFL and NHL clubs, European and J.League/WE League/B.League clubs, federations, national
 * team nicknames, tournaments and athletes under their Japanese and English names. Each Japanese and English name
 * resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbSportsCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ボストン・セルティックス; Boston Celtics", "ワシントン・ウィザーズ; Washington Wizards",
        "カンザスシティー・チーフス; Kansas City Chiefs", "トロント・メープルリーフス; Toronto Maple Leafs",
        "アトレティコ・マドリード; Atletico Madrid", "ニューカッスル・ユナイテッド; Newcastle United",
        "アイントラハト・フランクフルト; Eintracht Frankfurt", "フェイエノールト; Feyenoord", "スタッド・ランス; Stade de Reims",
        "J2リーグ; J2 League", "ブラウブリッツ秋田; Blaublitz Akita", "INAC神戸レオネッサ; INAC Kobe Leonessa",
        "富山グラウジーズ; Toyama Grouses", "世界反ドーピング機関; WADA", "国際柔道連盟; International Judo Federation",
        "世界ボクシング機構; World Boxing Organization", "SVリーグ; SV.League", "龍神NIPPON; Ryujin Nippon",
        "アカツキジャパン; Akatsuki Japan", "さくらジャパン; Sakura Japan", "ロコ・ソラーレ; Loco Solare",
        "レッドブル・レーシング; Red Bull Racing", "パラリンピック; Paralympics", "冬季五輪; Winter Olympics",
        "スタンレー・カップ; Stanley Cup", "セ・パ交流戦; NPB Interleague Play", "サイ・ヤング賞; Cy Young Award",
        "バロンドール; Ballon d'Or", "春高バレー; All Japan High School Volleyball Championship", "別府大分毎日マラソン; Beppu-Oita Mainichi Marathon",
        "全米プロゴルフ選手権; PGA Championship", "NHK杯; NHK Trophy", "リオ五輪; Rio 2016 Olympics", "大相撲; Grand Sumo",
        "筒香嘉智; Yoshitomo Tsutsugo", "小久保裕紀; Hiroki Kokubo", "熊谷紗希; Saki Kumagai", "国枝慎吾; Shingo Kunieda",
        "須崎優衣; Yui Susaki", "五十嵐カノア; Kanoa Igarashi", "角田裕毅; Yuki Tsunoda", "若元春; Wakamotoharu",
        "ウルフ・アロン; Aaron Wolf", "トム・ホーバス; Tom Hovasse", "ケビン・デブルイネ; Kevin De Bruyne",
        "ニコラ・ヨキッチ; Nikola Jokic", "レオン・マルシャン; Leon Marchand", "ランド・ノリス; Lando Norris",
        "ハリルホジッチ; Vahid Halilhodzic", "樊振東; Fan Zhendong",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everySportsEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-sports.jsonl", 600);
    }
}
