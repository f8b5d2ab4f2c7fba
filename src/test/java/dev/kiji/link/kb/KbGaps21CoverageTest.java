package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Twenty-first session: the real entities the development gold (h01–h144 and test-corpus/gold) names and the KB lacked,
 * all from h137–h144 (curated-gaps-21.jsonl, under the ids the gold uses), aliases news uses that existing entries
 * lacked, the well-known rest of their kinds (curated-categories-21.jsonl) and duplicates merged into one entry. A
 * Japanese and an English article naming one of them resolve to the same single entry.
 */
class KbGaps21CoverageTest {
    private static final String GAPS = "/dev/kiji/link/kb/curated-gaps-21.jsonl";
    private static final String CATEGORIES = "/dev/kiji/link/kb/curated-categories-21.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ガーナ・ココア評議会; Cocobod", "アシャンティ州; Ashanti Region", "ポーランド国家選挙委員会; PKW", "コンフェデラツィア; Konfederacja",
        "ヤムサンコスキ工場; Jämsänkoski mill", "フィンランド製紙労組; Paperiliitto", "マッシモ・レイナウド; Massimo Reynaudo", "ヤムサ; Jämsä",
        "ヒノトリ; hinotori", "メディカロイド; Medicaroid", "インテュイティブサージカル; Intuitive Surgical",
        "日本外科学会; Japan Surgical Society", "観世清和; Kiyokazu Kanze", "観世流; Kanze school",
        "ベルリン祝祭劇場; Haus der Berliner Festspiele", "世阿弥; Zeami", "ベルトルト・ブレヒト; Bertolt Brecht", "谷行; Taniko",
        "船弁慶; Funa Benkei", "日本デー; Japan Day", "平知盛; Taira no Tomomori", "プリンツレーゲンテン劇場; Prinzregententheater",
        "大久保公園; Okubo Park", "ダサイン; Dashain", "阿佐谷; Asagaya", "チュキカマタ鉱山; Chuquicamata", "国家地質鉱業局; Sernageomin",
        "サンホセ鉱山; San José mine", "コピアポ; Copiapó", "釧路市北斗; Hokuto, Kushiro", "羽衣; Hagoromo", "イエスマン; Der Jasager",
        "株式会社明治; Meiji Co.", "ガーナチョコレート; Ghana chocolate", "アントファガスタ社; Antofagasta plc", "国際ココア機関; ICCO",
        "コーヒー・ココア評議会; Conseil du Café-Cacao", "レインフォレスト・アライアンス; Rainforest Alliance", "ゴディバ; Godiva", "ロイズ; Royce'",
        "明治ミルクチョコレート; Meiji Milk Chocolate", "コアラのマーチ; Koala's March", "マウォポルスカ県; Lesser Poland Voivodeship",
        "ポトカルパチェ県; Podkarpackie", "レフ・ワレサ; Lech Walesa", "ラファウ・チャスコフスキ; Trzaskowski", "ワルシャワ蜂起; Warsaw Uprising",
        "国家記銘院; Institute of National Remembrance", "トミオ・オカムラ; Tomio Okamura", "クロアチア民主同盟; HDZ",
        "メッツァ・グループ; Metsä Group", "ユバスキュラ; Jyväskylä", "フィンランド放送協会; Yle", "日本製紙石巻工場; Nippon Paper Ishinomaki Mill",
        "ストライカー; Stryker", "日本内視鏡外科学会; Japan Society for Endoscopic Surgery", "米国外科学会; American College of Surgeons",
        "宝生流; Hosho school", "野村萬斎; Nomura Mansai", "出雲阿国; Izumo no Okuni", "義経千本桜; Yoshitsune Senbon Zakura",
        "三文オペラ; The Threepenny Opera", "ベルリン国立歌劇場; Staatsoper Unter den Linden",
        "ケルン日本文化会館; Japanisches Kulturinstitut Köln", "ティハール; Tihar", "パシュパティナート寺院; Pashupatinath",
        "エル・テニエンテ銅山; El Teniente", "ケジャベコ銅山; Quellaveco", "チリ鉱山落盤事故; 2010 Copiapó mining accident",
        "霧多布湿原; Kiritappu Wetland", "谷津干潟; Yatsu-higata", "国際湿地保全連合; Wetlands International",
        "国民民主会議; National Democratic Congress", "クワメ・エンクルマ; Kwame Nkrumah", "宮下公園; Miyashita Park",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void goldIdsAreKept() {
        assertEquals(Set.of("kb:organization:ghana_cocoa_board"), DefaultKbNames.ids("ＣＯＣＯＢＯＤ"));
        assertEquals(Set.of("kb:facility:jamsankoski_mill"), DefaultKbNames.ids("ヤムサンコスキ"));
        assertEquals(Set.of("kb:organization:sernageomin"), DefaultKbNames.ids("National Geology and Mining Service"));
        // names two real entities share: context (and the mention's type) picks
        assertEquals(Set.of("kb:country:gh", "kb:product:ghana_chocolate"), DefaultKbNames.ids("ガーナ"));
        assertEquals(Set.of("kb:loc:antofagasta", "kb:organization:antofagasta_plc"), DefaultKbNames.ids("アントファガスタ"));
        assertEquals(Set.of("kb:fac:tonhalle_zurich", "kb:facility:tonhalle_dusseldorf"), DefaultKbNames.ids("トーンハレ"));
        assertEquals(Set.of("kb:org:meiji_university", "kb:organization:meiji_co", "kb:person:emperor_meiji"),
                DefaultKbNames.ids("明治"));
        assertTrue(DefaultKbNames.ids("ダビンチ").contains("kb:product:da_vinci_surgical_system"));
        assertTrue(DefaultKbNames.ids("ダビンチ").contains("kb:person:leonardo_da_vinci"));
        // a bare 北斗 is Hokuto City (read as a municipality) or a company: the Kushiro district is keyed with its city
        assertEquals(Set.of(), DefaultKbNames.ids("北斗"));
        assertEquals(Set.of(), DefaultKbNames.ids("Hokuto"));
    }

    @Test
    void duplicatesAreMerged() {
        assertEquals(Set.of("kb:organization:meiji_co"), DefaultKbNames.ids("明治乳業"));
        assertTrue(DefaultKbNames.KB.byId("kb:org:ed_meiji_dairies_corporation").isEmpty());
        assertEquals(Set.of("kb:org:mitsubishi_materials"), DefaultKbNames.ids("三菱金属"));
        assertTrue(DefaultKbNames.KB.byId("kb:org:ed_mitsubishi_metal_corporation").isEmpty());
        // ENAMDICT organizations curated under their own ids rather than duplicated
        assertEquals(Set.of("kb:org:ed_haribo"), DefaultKbNames.ids("ハリボー"));
        assertEquals(Set.of("kb:org:ed_nihon_kohden_corporation"), DefaultKbNames.ids("日本光電"));
        assertEquals(Set.of("kb:org:ed_international_sugar_organization"), DefaultKbNames.ids("国際砂糖機関"));
        assertEquals(Set.of("kb:org:ed_komische_oper"), DefaultKbNames.ids("コーミッシェ・オーパー"));
        assertEquals(Set.of("kb:org:ed_american_college_of_surgeons"), DefaultKbNames.ids("米国外科学会"));
    }

    @Test
    void aliasesNewsUsesReachTheExistingEntries() {
        assertEquals(Set.of("kb:person:donald_tusk"), DefaultKbNames.ids("Tusk"));
        assertEquals(Set.of("kb:org:codelco"), DefaultKbNames.ids("チリ国営銅公社"));
        assertEquals(Set.of("kb:loc:hokuto_hokkaido"), DefaultKbNames.ids("Hokuto City"));
        assertFalse(DefaultKbNames.ids("北斗衛星").isEmpty());
    }

    @Test
    void commonWordsAreNoPartysAlias() {
        assertEquals(Set.of(), DefaultKbNames.ids("ＳＮＳ"), "social media in Japanese news, not the Slovak National Party");
        assertEquals(Set.of(), DefaultKbNames.ids("DK"));
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(GAPS, 37);
        DefaultKbNames.assertCuratedFile(CATEGORIES, 600);
    }
}
