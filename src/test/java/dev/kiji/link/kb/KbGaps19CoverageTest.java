package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nineteenth session: the real entities the development gold (h01–h128 and test-corpus/gold) names and the KB lacked,
 * all from h121–h128 (curated-gaps-19.jsonl, under the ids the gold uses), aliases news uses that existing entries
 * lacked, the well-known rest of their kinds (curated-categories-19.jsonl) and duplicates merged into one entry. A
 * Japanese and an English article naming one of them resolve to the same single entry.
 */
class KbGaps19CoverageTest {
    private static final String GAPS = "/dev/kiji/link/kb/curated-gaps-19.jsonl";
    private static final String CATEGORIES = "/dev/kiji/link/kb/curated-categories-19.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ガトゥン湖; Gatun Lake", "パナマ運河庁; Panama Canal Authority", "リカウルテ・バスケス; Ricaurte Vásquez",
        "インディオ川; Indio River", "レティシア・カルバリョ; Leticia Carvalho", "ザ・メタルズ・カンパニー; The Metals Company",
        "クラリオン・クリッパートン海域; Clarion-Clipperton Zone", "ＥＦエデュケーション・イージーポスト; EF Education–EasyPost",
        "ＵＡＥチーム・エミレーツＸＲＧ; UAE Team Emirates XRG", "新城幸也; Yukiya Arashiro", "別府史之; Fumiyuki Beppu",
        "宇都宮ブリッツェン; Utsunomiya Blitzen", "ジャパンカップサイクルロードレース; Japan Cup Cycle Road Race",
        "比田勝港; Hitakatsu Port", "比田勝; Hitakatsu", "比田勝尚喜; Naoki Hitakatsu", "ＪＲ九州高速船; JR Kyushu Jet Ferry",
        "クイーンビートル; Queen Beetle", "ノアハウン; Nordhavn", "京都府茶協同組合; Kyoto Prefectural Tea Cooperative",
        "動物検疫所; Animal Quarantine Service", "家畜伝染病予防法; Act on Domestic Animal Infectious Diseases Control",
        "全国和牛能力共進会; National Wagyu Show",
        "家畜遺伝資源不正競争防止法; Livestock Genetic Resources Unfair Competition Prevention Act", "神岡町; Kamioka",
        "保見団地; Homi housing complex", "教育機会確保法; Act on Securing Educational Opportunities",
        "ミラフローレス閘門; Miraflores Locks", "アラフエラ湖; Alajuela Lake", "コロン; Colón", "パナマ運河条約; Torrijos–Carter Treaties",
        "コリントス運河; Corinth Canal", "セントローレンス海路; St. Lawrence Seaway", "イスタンブール運河; Kanal Istanbul",
        "明治用水; Meiji Yosui", "安積疏水; Asaka Canal", "日本海事協会; ClassNK", "バルチック海運取引所; Baltic Exchange",
        "繁栄の守護者作戦; Operation Prosperity Guardian", "商船三井さんふらわあ; Ferry Sunflower", "関釜フェリー; Kampu Ferry",
        "おがさわら丸; Ogasawara Maru", "厳原港; Izuhara Port", "竹芝桟橋; Takeshiba Pier", "博多港国際ターミナル; Hakata Port International Terminal",
        "ステナライン; Stena Line", "マイケル・ロッジ; Michael Lodge", "大西洋中央海嶺; Mid-Atlantic Ridge", "白嶺; Hakurei",
        "ジロ・デ・イタリア; Giro d'Italia", "ブエルタ・ア・エスパーニャ; Vuelta a España", "パリ～ルーベ; Paris–Roubaix",
        "ヴィスマ・リース・ア・バイク; Jumbo–Visma", "イネオス・グレナディアーズ; Team Sky", "レムコ・エヴェネプール; Remco Evenepoel",
        "中野浩一; Koichi Nakano", "ツアー・オブ・ジャパン; Tour of Japan", "シマノ; Shimano", "伊豆ベロドローム; Izu Velodrome",
        "宇治茶; Uji tea", "丸久小山園; Marukyu Koyamaen", "裏千家; Urasenke", "伊右衛門; Iyemon", "トワイニング; Twinings",
        "松阪牛; Matsusaka beef", "全国和牛登録協会; Wagyu Registry Association", "家畜改良センター; National Livestock Breeding Center",
        "農畜産業振興機構; ALIC", "牛トレーサビリティ法; Beef Traceability Act", "タイソン・フーズ; Tyson Foods",
        "神岡宇宙素粒子研究施設; Kamioka Observatory", "カムランド; KamLAND", "T2K実験; T2K", "国際リニアコライダー; ILC",
        "グランサッソ国立研究所; Gran Sasso National Laboratory", "ATLAS実験; ATLAS experiment", "戸塚洋二; Yoji Totsuka",
        "ファビオラ・ジャノッティ; Fabiola Gianotti", "多摩ニュータウン; Tama New Town", "芝園団地; Shibazono Danchi",
        "外国人集住都市会議; Council of Cities with Large Foreign Populations", "外国人技能実習機構; OTIT", "JETプログラム; JET Programme",
        "指定都市市長会; Designated City Mayors' Association", "ニューハウン; Nyhavn", "チボリ公園; Tivoli Gardens",
        "国際船級協会連合; IACS",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void goldIdsAreKept() {
        assertEquals(Set.of("kb:organization:panama_canal_authority"), DefaultKbNames.ids("ＡＣＰ"));
        assertEquals(Set.of("kb:location:kamioka"), DefaultKbNames.ids("神岡"));
        assertEquals(Set.of("kb:facility:homi_danchi"), DefaultKbNames.ids("Homi Danchi"));
    }

    @Test
    void duplicatesAreMerged() {
        assertEquals(Set.of("kb:org:nikkei_inc"), DefaultKbNames.ids("Nihon Keizai Shimbun Incorporated"));
        assertTrue(DefaultKbNames.KB.byId("kb:org:ed_nihon_keizai_shimbun_incorporated").isEmpty());
        assertEquals(Set.of("kb:org:okinawa_television"), DefaultKbNames.ids("沖縄テレビ放送株式会社"));
        assertTrue(DefaultKbNames.KB.byId("kb:org:ed_okinawa_television_broadcasting_corporation").isEmpty());
        assertEquals(Set.of("kb:org:ninjal"), DefaultKbNames.ids("National Institute for Japanese Language"));
        assertTrue(DefaultKbNames.KB.byId("kb:org:ed_national_institute_for_japanese_language").isEmpty());
        assertEquals(Set.of("kb:org:ihi"), DefaultKbNames.ids("Ishikawajima-Harima Heavy Industries"));
        assertTrue(DefaultKbNames.KB.byId("kb:org:ed_ishikawajima_harima_heavy_industries_co_ltd").isEmpty());
        // ENAMDICT organizations curated under their own ids rather than duplicated
        assertEquals(Set.of("kb:org:ed_national_livestock_breeding_center"), DefaultKbNames.ids("家畜改良センター"));
        assertEquals(Set.of("kb:org:ed_international_association_of_classification_societies"), DefaultKbNames.ids("IACS"));
    }

    @Test
    void aliasesNewsUsesReachTheExistingEntries() {
        assertEquals(Set.of("kb:loc:central_america"), DefaultKbNames.ids("中米"));
        assertEquals(Set.of("kb:loc:toyota_city"), DefaultKbNames.ids("挙母市"));
        assertEquals(Set.of("kb:org:icrr"), DefaultKbNames.ids("宇宙線研"));
        assertEquals(Set.of("kb:org:icrr"), DefaultKbNames.ids("ICRR"));
        assertEquals(Set.of("kb:org:isa_seabed"), DefaultKbNames.ids("ＩＳＡ"));
        assertEquals(Set.of("kb:product:chikyu_ship"), DefaultKbNames.ids("ちきゅう"));
        assertEquals(Set.of("kb:org:japan_cycling_federation"), DefaultKbNames.ids("JCF"));
        // names two real entities share: context picks
        assertEquals(Set.of("kb:event:japan_cup_racing", "kb:event:japan_cup_cycle_road_race"), DefaultKbNames.ids("ジャパンカップ"));
        assertEquals(Set.of("kb:org:trinamool_congress", "kb:organization:the_metals_company"), DefaultKbNames.ids("TMC"));
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(GAPS, 27);
        DefaultKbNames.assertCuratedFile(CATEGORIES, 500);
    }
}
