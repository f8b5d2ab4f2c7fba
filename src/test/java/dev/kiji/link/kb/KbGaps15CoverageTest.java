package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fifteenth session: the real entities the development gold (h01–h96 and test-corpus/gold) names and the KB lacked
 * (curated-gaps-15.jsonl, under the ids the gold uses, ENAMDICT organizations under their ENAMDICT ids), and the names
 * news uses that existing entries lacked. A Japanese and an English article naming one of them resolve to the same single
 * entry.
 */
class KbGaps15CoverageTest {
    private static final String GAPS = "/dev/kiji/link/kb/curated-gaps-15.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "クリスティーズ; Christie's", "サザビーズ; Sotheby's", "ケベック党; Parti Québécois", "ケベック未来連合; CAQ",
        "ハイドロ・ケベック; Hydro-Québec", "緊急消防援助隊; Emergency Fire Response Teams", "共同船舶; Kyodo Senpaku",
        "関鯨丸; Kangei Maru", "鳴滝塾; Narutaki Juku", "シーボルト記念館; Siebold Memorial Museum",
        "フィリップ・フランツ・フォン・シーボルト; Philipp Franz von Siebold", "川原慶賀; Kawahara Keiga", "竜王戦; Ryuo title match",
        "豊島将之; Masayuki Toyoshima", "谷川浩司; Koji Tanigawa", "奨励会; Shoreikai", "ランス・ストロール; Lance Stroll",
        "ホンダモビリティランド; Honda Mobilityland", "白子駅; Shiroko Station", "国道45号; National Route 45", "重茂半島; Omoe Peninsula",
        "唐戸市場; Karato Market", "動植綵絵; Colorful Realm of Living Beings", "NATOサイバー防衛協力センター; CCDCOE",
        "エストリンク2; Estlink 2", "パプアLNG; Papua LNG", "プクプク条約; Pukpuk Treaty", "マダン州; Madang Province",
        "国際統合睡眠医科学研究機構; IIIS", "柳沢正史; Masashi Yanagisawa", "ジムニーノマド; Jimny Nomade", "岡山県労働委員会; Okayama Prefectural Labor Relations Commission",
        "サッカードイツ代表; Germany national football team", "タミルナド州議会; Tamil Nadu Legislative Assembly",
        "私鉄総連; General Federation of Private Railway Workers' Unions of Japan", "日亜化学工業; Nichia",
        "日本鯨類研究所; Institute of Cetacean Research", "VIZメディア; Viz Media",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void goldIdsAreKept() {
        assertEquals(Set.of("kb:organization:christies"), DefaultKbNames.ids("Christie's"));
        assertEquals(Set.of("kb:facility:narutaki_juku"), DefaultKbNames.ids("鳴滝塾"));
        assertEquals(Set.of("kb:location:omoe_peninsula"), DefaultKbNames.ids("重茂半島"));
        assertEquals(Set.of("kb:org:ed_general_federation_of_private_railway_workers_unions_of_japan"),
                DefaultKbNames.ids("私鉄総連"));
    }

    @Test
    void aliasesNewsUsesReachTheExistingEntries() {
        assertEquals(Set.of("kb:org:jiji_press"), DefaultKbNames.ids("時事"));
        assertEquals(Set.of("kb:org:kyoto_university"), DefaultKbNames.ids("京都大"));
        assertEquals(Set.of("kb:loc:senkaku"), DefaultKbNames.ids("Diaoyu Islands"));
        assertEquals(Set.of("kb:country:pg"), DefaultKbNames.ids("PNG"));
        assertEquals(Set.of("kb:org:tass"), DefaultKbNames.ids("ITAR-TASS"));
        assertTrue(DefaultKbNames.ids("旭川").containsAll(Set.of("kb:loc:asahikawa", "kb:location:asahi_river")));
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(GAPS, 100);
    }
}
