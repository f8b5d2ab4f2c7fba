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
 * The world outside Japan (curated-world.jsonl): leaders, foreign ministers and heads of international
 * organizations, capitals, foreign states and provinces, rivers, mountains and seas, foreign parties, agencies,
 * companies, media, universities and clubs, landmarks, summits, wars and products. A Japanese and an English
 * article naming one of them resolve to the same single entry.
 */
class KbWorldCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-world.jsonl";

    private static Set<String> ids(String name) {
        return KB.lookup(NameKey.of(name)).stream().filter(h -> !h.partial())
                .map(h -> h.entry().id()).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // heads of state and government, ministers, opposition leaders
        "ピート・ヘグセス; Pete Hegseth", "スコット・ベッセント; Scott Bessent", "ナンシー・ペロシ; Nancy Pelosi",
        "ミハイル・ミシュスチン; Mikhail Mishustin", "アレクセイ・ナワリヌイ; Alexei Navalny",
        "アンドリー・シビハ; Andrii Sybiha", "頼清徳; Lai Ching-te", "蔡英文; Tsai Ing-wen", "文在寅; Moon Jae-in",
        "金与正; Kim Yo Jong", "アンワル・イブラヒム; Anwar Ibrahim", "アリ・ハメネイ; Ali Khamenei",
        "ビクトル・オルバン; Viktor Orbán", "ドナルド・トゥスク; Donald Tusk", "マリーヌ・ルペン; Marine Le Pen",
        "ペドロ・サンチェス; Pedro Sánchez", "クリスティーヌ・ラガルド; Christine Lagarde",
        "クリスタリナ・ゲオルギエバ; Kristalina Georgieva", "ニコラス・マドゥロ; Nicolás Maduro",
        // business, sport, culture
        "マーク・ザッカーバーグ; Mark Zuckerberg", "サム・アルトマン; Sam Altman", "任正非; Ren Zhengfei",
        "リオネル・メッシ; Lionel Messi", "ノバク・ジョコビッチ; Novak Djokovic", "テイラー・スウィフト; Taylor Swift",
        // capitals, cities and first-level divisions
        "キャンベラ; Canberra", "プラハ; Prague", "イスラマバード; Islamabad", "アディスアベバ; Addis Ababa",
        "シアトル; Seattle", "成都; Chengdu", "高雄; Kaohsiung", "リビウ; Lviv", "ラファ; Rafah",
        "カリフォルニア州; California", "ワシントン州; Washington State", "オンタリオ州; Ontario",
        "バイエルン州; Bavaria", "ドネツク州; Donetsk Oblast", "マハラシュトラ州; Maharashtra",
        "ニューサウスウェールズ州; New South Wales",
        // regions and geography
        "カシミール; Kashmir", "ゴラン高原; Golan Heights", "ドナウ川; Danube", "ライン川; Rhine",
        "メコン川; Mekong", "エベレスト; Mount Everest", "アルプス山脈; Alps", "バイカル湖; Lake Baikal",
        "サハラ砂漠; Sahara", "アデン湾; Gulf of Aden", "南沙諸島; Spratly Islands",
        // organizations
        "国際エネルギー機関; IEA", "アジア開発銀行; Asian Development Bank", "上海協力機構; SCO",
        "フーシ派; Houthis", "フィデス; Fidesz", "ドイツのための選択肢; AfD", "インド人民党; BJP",
        "米証券取引委員会; SEC", "米食品医薬品局; FDA", "中国人民解放軍; People's Liberation Army",
        "ゼネラル・モーターズ; General Motors", "現代自動車; Hyundai Motor", "鴻海精密工業; Foxconn",
        "ロイター通信; Reuters", "新華社; Xinhua", "ハーバード大学; Harvard University",
        "レアル・マドリード; Real Madrid", "プレミアリーグ; Premier League",
        // facilities, events, products
        "エッフェル塔; Eiffel Tower", "ザポリージャ原子力発電所; Zaporizhzhia Nuclear Power Plant",
        "スエズ運河; Suez Canal", "国際宇宙ステーション; International Space Station",
        "ダボス会議; World Economic Forum Annual Meeting", "ウクライナ侵攻; Russian invasion of Ukraine",
        "スーパーボウル; Super Bowl", "ツール・ド・フランス; Tour de France", "第2次世界大戦; World War II",
        "チャットGPT; ChatGPT", "ボーイング737MAX; Boeing 737 MAX", "核拡散防止条約; NPT",
        "ノーベル平和賞; Nobel Peace Prize",
        // round 2: finance, defence and trade ministers, regional cities, companies, universities, research
        // bodies, think tanks, sports bodies and events
        "グラント・シャップス; Grant Shapps", "ジョン・ヒーリー; John Healey", "ブリュノ・ルメール; Bruno Le Maire",
        "ジャンカルロ・ジョルジェッティ; Giancarlo Giorgetti", "グイド・クロセット; Guido Crosetto",
        "ジム・チャーマーズ; Jim Chalmers", "リチャード・マールズ; Richard Marles", "秋慶鎬; Choo Kyung-ho",
        "金龍顕; Kim Yong-hyun", "藍仏安; Lan Fo'an", "王文濤; Wang Wentao", "李成鋼; Li Chenggang",
        "バルディス・ドムブロフスキス; Valdis Dombrovskis", "李昌鏞; Rhee Chang-yong",
        "石家荘; Shijiazhuang", "蘭州; Lanzhou", "フフホト; Hohhot", "ラクナウ; Lucknow", "カラチ; Karachi",
        "アルマトイ; Almaty", "ケソン市; Quezon City", "ポートスーダン; Port Sudan",
        "アッヴィ; AbbVie", "ロレアル; L'Oréal", "ユナイテッドヘルス・グループ; UnitedHealth Group",
        "ルクオイル; Lukoil", "ハンファオーシャン; Hanwha Ocean", "ダッソー・アビアシオン; Dassault Aviation",
        "コーネル大学; Cornell University", "ロンドン・スクール・オブ・エコノミクス; LSE",
        "シドニー大学; University of Sydney", "カロリンスカ研究所; Karolinska Institute",
        "フランス国立科学研究センター; CNRS", "マックス・プランク協会; Max Planck Society",
        "戦略国際問題研究所; Center for Strategic and International Studies",
        "ストックホルム国際平和研究所; SIPRI", "国際戦略研究所; IISS", "世界水泳連盟; World Aquatics",
        "東京パラリンピック; Tokyo Paralympics", "凱旋門賞; Prix de l'Arc de Triomphe",
        "世界フィギュアスケート選手権; World Figure Skating Championships", "インディ500; Indy 500",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void stateAndCityNamesThatShareAWordStayApart() {
        assertEquals(Set.of("kb:loc:us_washington"), ids("ワシントン州"));
        assertEquals(Set.of("kb:loc:washington_dc"), ids("ワシントン"));
        assertTrue(ids("ニューヨーク").contains("kb:loc:new_york_city"));
        assertFalse(ids("Georgia").contains("kb:loc:us_georgia"), "no bare 'Georgia' for the US state");
    }

    @Test
    void worldEntriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 900);
    }

    @Test
    void aLeadersBareSurnameIsOnlyAPartialAlias() {
        assertFalse(KB.lookup(NameKey.of("オルバン")).isEmpty());
        assertTrue(KB.lookup(NameKey.of("オルバン")).stream().allMatch(KnowledgeBase.AliasHit::partial));
    }
}
