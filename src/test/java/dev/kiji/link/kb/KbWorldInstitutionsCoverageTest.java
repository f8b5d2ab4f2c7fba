package dev.kiji.link.kb;

import static dev.kiji.link.kb.DefaultKbNames.KB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * State institutions of the countries Japanese news covers most (curated-world-institutions.jsonl): courts,
 * legislatures, ministries, central banks, intelligence, police and armed forces, election bodies, parties and
 * regulators, with their recent office holders; international courts, treaty bodies and EU bodies. A Japanese and
 * an English article naming one of them resolve to the same single entry.
 */
class KbWorldInstitutionsCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-world-institutions.jsonl";

    private static Set<String> fullIds(String name) {
        return KB.lookup(NameKey.of(name)).stream().filter(h -> !h.partial())
                .map(h -> h.entry().id()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // United States
        "米厚生省; Department of Health and Human Services", "米農務省; USDA", "米沿岸警備隊; US Coast Guard",
        "米連邦預金保険公社; FDIC", "米国際貿易裁判所; Court of International Trade", "米麻薬取締局; DEA",
        // China, Hong Kong, Taiwan
        "最高人民法院; Supreme People's Court", "中国財政省; Chinese Finance Ministry", "中国国家安全省; Ministry of State Security",
        "中国証券監督管理委員会; CSRC", "中国人民解放軍ロケット軍; PLA Rocket Force", "東部戦区; Eastern Theater Command",
        "香港立法会; LegCo", "香港金融管理局; HKMA", "司法院; Judicial Yuan", "台湾海巡署; Taiwan Coast Guard",
        "台湾国防部; Taiwan's Defense Ministry",
        // Koreas
        "大法院; Supreme Court of Korea", "韓国統一省; Unification Ministry", "公捜処; Corruption Investigation Office for High-ranking Officials",
        "ソウル中央地裁; Seoul Central District Court", "韓国海洋警察庁; Korea Coast Guard",
        "最高人民会議; Supreme People's Assembly", "北朝鮮国務委員会; State Affairs Commission",
        "朴泰成; Pak Thae Song",
        // Russia, Ukraine, Europe
        "ロシア上院; Federation Council", "ロシア国家親衛隊; Rosgvardia", "アントン・シルアノフ; Anton Siluanov",
        "ウクライナ国立銀行; National Bank of Ukraine", "ウクライナ国防省情報総局; HUR",
        "英財務省; HM Treasury", "英情報局保安部; MI5", "ロンドン警視庁; Scotland Yard", "英競争・市場庁; Competition and Markets Authority",
        "フランス憲法評議会; Conseil constitutionnel", "フランス銀行; Banque de France",
        "連邦憲法裁判所; Bundesverfassungsgericht", "ドイツ連邦参議院; Bundesrat", "ドイツ連邦情報局; BND",
        "ドイツ連邦カルテル庁; Bundeskartellamt", "イタリア銀行; Bank of Italy", "ポーランド下院; Sejm",
        "スイス金融市場監督機構; FINMA", "スウェーデン中央銀行; Riksbank",
        // EU and international bodies
        "欧州連合一般裁判所; EU General Court", "ECB政策理事会; ECB Governing Council", "欧州医薬品庁; EMA",
        "ユーロ圏財務相会合; Eurogroup", "常設仲裁裁判所; Permanent Court of Arbitration",
        "国際海洋法裁判所; ITLOS", "WTO上級委員会; WTO Appellate Body", "金融活動作業部会; FATF",
        "国際捕鯨委員会; IWC", "ラファエル・グロッシ; Rafael Grossi",
        // Asia, Middle East, Americas, Africa
        "インド下院; Lok Sabha", "インド外務省; Ministry of External Affairs (India)",
        "フィリピン沿岸警備隊; Philippine Coast Guard", "インドネシア国軍; TNI", "タイ憲法裁判所; Thai Constitutional Court",
        "ミャンマー国軍; Tatmadaw", "シンベト; Shin Bet", "護憲評議会; Guardian Council", "コッズ部隊; Quds Force",
        "トルコ中央銀行; Turkish central bank", "メキシコ銀行; Banxico", "ブラジル連邦最高裁判所; STF",
        "南アフリカ準備銀行; SARB", "スーダン国軍; Sudanese Armed Forces", "アッバス・アラグチ; Abbas Araghchi",
        "ベツァレル・スモトリッチ; Bezalel Smotrich", "ハカン・フィダン; Hakan Fidan",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void institutionEntriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 550);
    }

    @Test
    void aCountrysMinistryIsNotAnotherCountrys() {
        // the bare Japanese ministry names are Japan's; a foreign ministry needs its country in the name
        assertFalse(fullIds("財務省").contains("kb:org:us_treasury"));
        assertFalse(fullIds("国防省").contains("kb:org:de_defence_ministry"));
        assertEquals(Set.of("kb:org:de_finance_ministry"), fullIds("ドイツ財務省"));
        assertTrue(fullIds("連邦最高裁判所").stream().noneMatch(id -> id.startsWith("kb:org:de_")),
                "連邦最高裁判所 in Japanese news is the US Supreme Court");
    }

    @Test
    void anAmbiguousAcronymIsNoAliasOfAForeignBody() {
        // NHC, PCA, CIO, EFF, PTI and BNP name other, better-known things (a news agency, a bank, a job title)
        Set<String> mine = KbBuilder.curated(FILE).stream().map(KbEntry::id).collect(Collectors.toSet());
        for (String acronym : new String[] {"NHC", "PCA", "CIO", "EFF", "PTI", "BNP", "CAC", "DPR"}) {
            assertTrue(fullIds(acronym).stream().noneMatch(mine::contains), acronym + " " + fullIds(acronym));
        }
    }
}
