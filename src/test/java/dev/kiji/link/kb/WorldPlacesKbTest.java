package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * World places below the country level that the earlier files lack: Chinese, Indian, Southeast Asian, European,
 * Russian, Ukrainian and American cities, first-level divisions (Indonesian, Mexican, Brazilian and Chilean ones),
 * summit venues, war-news towns, seas, straits, mountains, basins and islands. Each Japanese and English name resolves
 * to one and the same entry, and the file carries no guessed QID.
 */
class WorldPlacesKbTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "恵州; Huizhou", "邯鄲; Handan", "チチハル; Qiqihar", "浦東; Pudong", "粤港澳大湾区; Greater Bay Area",
        "寧徳; Ningde", "昆山; Kunshan", "ゴルムド; Golmud", "大同市; Datong", "平沢市; Pyeongtaek",
        "インパール; Imphal", "パハルガム; Pahalgam", "プラヤグラジ; Prayagraj", "ファイサラバード; Faisalabad",
        "バンサモロ自治地域; Bangsamoro", "ジェネラルサントス; General Santos", "西ジャワ州; West Java",
        "東カリマンタン州; East Kalimantan", "バンダアチェ; Banda Aceh", "ディエンビエンフー; Dien Bien Phu",
        "チャウピュー; Kyaukphyu", "メーソート; Mae Sot", "ジョホール州; Johor", "ビアリッツ; Biarritz",
        "タオルミナ; Taormina", "ビュルゲンシュトック; Bürgenstock", "エルマウ; Elmau",
        "ルートウィヒスハーフェン; Ludwigshafen", "オシフィエンチム; Oswiecim", "スジャ; Sudzha", "ベスラン; Beslan",
        "ベルジャンスク; Berdiansk", "ソレダル; Soledar", "クーパーズタウン; Cooperstown", "ロスアラモス; Los Alamos",
        "カナナスキス; Kananaskis", "シャルルボワ; Charlevoix", "キンタナロー州; Quintana Roo", "セアラ州; Ceará",
        "ロンドリーナ; Londrina", "ビオビオ州; Biobío", "ビニャデルマール; Viña del Mar", "バルディビア; Valdivia",
        "トゥルカレム; Tulkarm", "カミシリ; Qamishli", "ラスタヌラ; Ras Tanura", "アンタキヤ; Antakya",
        "エルジェネイナ; El Geneina", "ゴマ; Goma", "バルパライソ州; Valparaíso Region", "ビニャデルマル; Vina del Mar", "北極海航路; Northern Sea Route", "ガルワン渓谷; Galwan Valley",
        "北方限界線; Northern Limit Line", "ペリリュー島; Peleliu", "ムルロア環礁; Mururoa",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyWorldPlaceEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-world-places-2.jsonl", 850);
    }
}
