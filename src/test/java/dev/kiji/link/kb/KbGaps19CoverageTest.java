package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nineteenth session: the real entities the development gold (h01–h128 and test-corpus/gold) names and the KB lacked,
 * all from h121–h128 (curated-gaps-19.jsonl, under the ids the gold uses), and aliases news uses that existing entries
 * lacked. A Japanese and an English article naming one of them resolve to the same single entry.
 */
class KbGaps19CoverageTest {
    private static final String GAPS = "/dev/kiji/link/kb/curated-gaps-19.jsonl";

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
    }
}
