package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The US, the UK, Canada, Australia, New Zealand, Ireland and India (curated-anglo.jsonl): Supreme Court justices, cabinet
 * members, senators, governors, mayors, ministers and chief ministers; federal agencies, commands and committees; universities;
 * cities, counties, lakes, rivers, mountains, islands and national parks; stadiums, airports, bases, plants, landmarks and
 * hospitals; companies, media and sports clubs the earlier files lacked. A Japanese and an English article naming one of them
 * resolve to the same single entry.
 */
class KbAngloCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-anglo.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // people
        "ブレット・カバノー; Brett Kavanaugh", "エイミー・コニー・バレット; Amy Coney Barrett", "ソニア・ソトマイヨール; Sotomayor",
        "ケタンジ・ブラウン・ジャクソン; Ketanji Brown Jackson", "ロリ・チャベスデレマー; Lori Chavez-DeRemer",
        "トム・ホーマン; Tom Homan", "ジャレッド・アイザックマン; Jared Isaacman", "マーティ・マカリー; Marty Makary",
        "ジョシュ・ホーリー; Josh Hawley", "エイミー・クロブシャー; Amy Klobuchar", "ジョン・フェッターマン; Fetterman",
        "アンディ・ベシア; Andy Beshear", "マイキー・シェリル; Mikie Sherrill", "アビゲイル・スパンバーガー; Abigail Spanberger",
        "アンディ・バーナム; Andy Burnham", "ブリジット・フィリップソン; Bridget Phillipson", "トニー・ブレア; Tony Blair",
        "フランソワ・ルゴー; François Legault", "デービッド・イービー; David Eby", "クリス・ミンズ; Chris Minns",
        "デービッド・シーモア; David Seymour", "ヨギ・アディティアナート; Yogi Adityanath", "ママタ・バナジー; Mamata Banerjee",
        "アシュウィニ・バイシュナウ; Ashwini Vaishnaw", "ビラット・コーリ; Virat Kohli", "ニーラジ・チョプラ; Neeraj Chopra",
        // agencies, armed forces, parties, universities
        "米議会予算局; Congressional Budget Office", "ニューヨーク連銀; New York Fed", "米戦略軍; STRATCOM", "北米航空宇宙防衛司令部; NORAD",
        "ニューヨーク市警; NYPD", "米上院外交委員会; Senate Foreign Relations Committee", "アイルランド警察; Garda Síochána",
        "インド海軍; Indian Navy", "インド国防研究開発機構; DRDO", "全インド草の根会議派; Trinamool Congress", "民族義勇団; RSS",
        "ライス大学; Rice University", "オハイオ州立大学; Ohio State University", "インド工科大学ボンベイ校; IIT Bombay",
        // places and facilities
        "ガルワン渓谷; Galwan Valley", "ロサンゼルス郡; Los Angeles County", "マリコパ郡; Maricopa County", "湖水地方; Lake District",
        "ルアペフ山; Mount Ruapehu", "シャノン川; River Shannon", "バンフ国立公園; Banff National Park", "黄金寺院; Golden Temple",
        "統一の像; Statue of Unity", "メルボルン・クリケット・グラウンド; Melbourne Cricket Ground", "ワシントン・ダレス国際空港; Dulles Airport",
        "ダブリン空港; Dublin Airport", "オーバル・オフィス; Oval Office", "ウォルター・リード米軍医療センター; Walter Reed",
        "セラフィールド; Sellafield", "ボーグル原子力発電所; Plant Vogtle",
        // companies, media, clubs
        "コノコフィリップス; ConocoPhillips", "コンステレーション・エナジー; Constellation Energy", "ナットウエスト・グループ; NatWest",
        "ロイヤル・バンク・オブ・カナダ; Royal Bank of Canada", "コモンウェルス銀行; Commonwealth Bank of Australia", "フォンテラ; Fonterra",
        "プロパブリカ; ProPublica", "インディゴ航空; IndiGo", "ヒンドスタン航空機; Hindustan Aeronautics", "アイリッシュ・タイムズ; The Irish Times",
        "ニュースマックス; Newsmax", "チェンナイ・スーパーキングス; Chennai Super Kings", "ムンバイ・インディアンズ; Mumbai Indians",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 600);
    }
}
