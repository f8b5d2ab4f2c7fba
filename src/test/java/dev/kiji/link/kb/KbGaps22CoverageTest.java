package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Twenty-second session: the real entities the development gold (h01–h152 and test-corpus/gold) names and the KB lacked,
 * all from h145–h152 (curated-gaps-22.jsonl, under the ids the gold uses), aliases news uses that existing entries
 * lacked, the well-known rest of their kinds (curated-categories-22.jsonl) and ENAMDICT organizations curated under
 * their own ids. A Japanese and an English article naming one of them resolve to the same single entry.
 */
class KbGaps22CoverageTest {
    private static final String GAPS = "/dev/kiji/link/kb/curated-gaps-22.jsonl";
    private static final String CATEGORIES = "/dev/kiji/link/kb/curated-categories-22.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "スペイサイド; Speyside", "スペイ川; River Spey", "ダフタウン; Dufftown", "アイラ島; Islay", "フォート・ウィリアム; Fort William",
        "ボウモア蒸留所; Bowmore", "ベン・ネビス蒸留所; Ben Nevis distillery", "スコッチウイスキー協会; Scotch Whisky Association",
        "竹鶴政孝; Masataka Taketsuru", "ニッカウヰスキー; Nikka", "愛鷹山; Mount Ashitaka",
        "コロンボLRT; Colombo Light Rail Transit", "マラベ; Malabe", "ビジタ・ヘラト; Vijitha Herath",
        "公的債権国会合; Official Creditor Committee", "ヨーテボリ大学; University of Gothenburg",
        "マッツ・ブレンストレム; Mats Brannstrom", "オランダ国務院; Raad van State", "エネコ; Eneco", "テセル島; Texel",
        "生息地指令; Habitats Directive", "オランダ鳥類保護協会; Vogelbescherming Nederland",
        "サイバー通信情報監理委員会; Cyber Communications Oversight Commission", "サクラフィフティーン; Sakura Fifteen",
        "フィジアナ; Fijiana", "ラグビーフィジー代表; Flying Fijians", "フィジー・ラグビー協会; Fiji Rugby Union",
        "ＨＦＣバンク・スタジアム; HFC Bank Stadium", "女子ラグビーワールドカップ; Women's Rugby World Cup",
        "伊予西条駅; Iyo-Saijo", "新居浜駅; Niihama Station", "伊都キャンパス; Ito Campus",
        "グレンフィディック; Glenfiddich", "ザ・マッカラン; The Macallan", "ラフロイグ; Laphroaig", "タリスカー; Talisker",
        "ウィリアム・グラント＆サンズ; William Grant & Sons", "サントリーグローバルスピリッツ; Beam Suntory", "ジョニーウォーカー; Johnnie Walker",
        "山崎蒸溜所; Yamazaki Distillery", "余市蒸溜所; Yoichi Distillery", "イチローズモルト; Ichiro's Malt", "鳥井信治郎; Shinjiro Torii",
        "白鶴酒造; Hakutsuru", "霧島酒造; Kirishima Shuzo", "全国新酒鑑評会; Annual Japan Sake Awards", "スカイ島; Isle of Skye",
        "スコットランド自治政府; Scottish Government", "フォース橋; Forth Bridge", "マヒンダ・ラジャパクサ; Mahinda Rajapaksa",
        "スリランカ財務省; Ministry of Finance of Sri Lanka", "セイロン電力庁; Ceylon Electricity Board", "仏歯寺; Temple of the Tooth",
        "アラガラヤ; Aragalaya", "拡大信用供与措置; Extended Fund Facility", "G20共通枠組み; G20 Common Framework",
        "日本移植学会; Japan Society for Transplantation", "国際子宮移植学会; International Society of Uterus Transplantation",
        "サールグレンスカ大学病院; Sahlgrenska University Hospital", "ハーグ地方裁判所; District Court of The Hague",
        "オランダ気候・グリーン成長省; Ministry of Climate and Green Growth", "北ホラント州; North Holland", "テルスヘリング島; Terschelling",
        "アフシュライトダイク; Afsluitdijk", "ボルセラ洋上風力発電所; Borssele Offshore Wind Farm", "石狩湾新港洋上風力発電所; Ishikari Bay New Port Offshore Wind Farm",
        "再エネ海域利用法; Act on Promoting the Utilization of Sea Areas for Renewable Energy", "鳥類指令; Birds Directive",
        "自衛隊サイバー防衛隊; JSDF Cyber Defense Command", "日本サイバー犯罪対策センター; JC3", "国連サイバー犯罪条約; UN Convention against Cybercrime",
        "ミラーフェイス; MirrorFace", "ワナクライ; WannaCry", "スプリングボクス; Springboks", "ラグビーサモア代表; Manu Samoa",
        "パシフィック・ネーションズカップ; Pacific Nations Cup", "バヌアレブ島; Vanua Levu", "フィジー・ファースト; FijiFirst",
        "松山市駅; Matsuyama-shi Station", "本四備讃線; Honshi-Bisan Line", "サンライズ瀬戸; Sunrise Seto", "東予地方; Toyo region (Ehime)",
        "ジャパンマリンユナイテッド; JMU", "東京大学本郷キャンパス; Hongo Campus", "慶応義塾大学日吉キャンパス; Hiyoshi Campus",
        "大学改革支援・学位授与機構; NIAD-QE", "国際卓越研究大学; International University of Research Excellence",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void goldIdsAreKept() {
        assertEquals(Set.of("kb:location:speyside"), DefaultKbNames.ids("Speyside"));
        assertEquals(Set.of("kb:organization:scotch_whisky_association"), DefaultKbNames.ids("ＳＷＡ"));
        assertEquals(Set.of("kb:organization:cyber_communications_oversight_commission"), DefaultKbNames.ids("監理委"));
        assertEquals(Set.of("kb:facility:kyushu_university_ito_campus"), DefaultKbNames.ids("伊都キャンパス"));
        assertEquals(Set.of("kb:organization:japan_womens_national_rugby_union_team"),
                DefaultKbNames.ids("Japan women's national rugby union team"));
        assertEquals(Set.of("kb:organization:fiji_womens_national_rugby_union_team"),
                DefaultKbNames.ids("Fiji women's national rugby union team"));
        // names two real entities share: context (and the mention's type) picks
        assertEquals(Set.of("kb:org:state_council_china", "kb:organization:council_of_state_netherlands"), DefaultKbNames.ids("国務院"));
        assertEquals(Set.of("kb:org:fr_conseil_d_etat", "kb:organization:council_of_state_netherlands"),
                DefaultKbNames.ids("Council of State"));
        assertEquals(Set.of("kb:event:fifa_womens_world_cup", "kb:event:womens_rugby_world_cup"), DefaultKbNames.ids("女子Ｗ杯"));
        // a bare generic name stays with what news means by it: Tokyo's National Stadium, Niihama City, no LRT
        assertEquals(Set.of("kb:fac:japan_national_stadium"), DefaultKbNames.ids("National Stadium"));
        assertEquals(Set.of("kb:loc:niihama"), DefaultKbNames.ids("新居浜"));
        assertEquals(Set.of(), DefaultKbNames.ids("LRT"));
    }

    @Test
    void entitiesTheKbHeldUnderAnotherIdGetTheGoldsNames() {
        assertEquals(Set.of("kb:loc:wadden_sea"), DefaultKbNames.ids("Wadden Sea"));
        assertEquals(Set.of("kb:org:japanese_association_of_medical_sciences"),
                DefaultKbNames.ids("Japan Association of Medical Sciences"));
        assertEquals(Set.of("kb:org:national_cybersecurity_office_japan"), DefaultKbNames.ids("国家サイバー統括室"));
    }

    @Test
    void enamdictOrganizationsAreCuratedUnderTheirOwnIds() {
        assertEquals(Set.of("kb:org:ed_nikka_whisky"), DefaultKbNames.ids("ニッカ"));
        assertEquals(Set.of("kb:org:ed_nikka_whisky"), DefaultKbNames.ids("ニッカウィスキー"));
        assertEquals(Set.of("kb:org:ed_all_blacks"), DefaultKbNames.ids("New Zealand national rugby union team"));
        assertEquals(Set.of("kb:org:ed_united_network_for_organ_sharing"), DefaultKbNames.ids("全米臓器配分ネットワーク"));
        assertEquals(Set.of("kb:org:ed_american_society_for_reproductive_medicine"), DefaultKbNames.ids("米国生殖医学会"));
        assertEquals(Set.of("kb:org:ed_shipbuilders_association_of_japan"), DefaultKbNames.ids("日本造船工業会"));
        assertEquals(Set.of("kb:org:ed_naikai_zosen_corporation"), DefaultKbNames.ids("Naikai Zosen"));
    }

    @Test
    void aliasesNewsUsesReachTheExistingEntries() {
        assertEquals(Set.of("kb:org:kyushu_university"), DefaultKbNames.ids("Kyudai"));
        assertEquals(Set.of("kb:org:jp_npa_cyber_affairs_bureau"), DefaultKbNames.ids("Cyber Affairs Bureau"));
        assertEquals(Set.of("kb:org:us_cyber_command"), DefaultKbNames.ids("Cyber Command"));
        assertEquals(Set.of("kb:org:us_cyber_command"), DefaultKbNames.ids("サイバー軍"));
        assertEquals(Set.of("kb:fac:imabari_shipbuilding_saijo_plant"), DefaultKbNames.ids("Saijo shipyard"));
        assertEquals(Set.of("kb:product:active_cyber_defense_act"), DefaultKbNames.ids("サイバー対処能力強化法"));
        assertEquals(Set.of("kb:person:anura_kumara_dissanayake"), DefaultKbNames.ids("ディサナヤカ"));
        assertEquals(Set.of("kb:org:jp_mhlw"), DefaultKbNames.ids("Ministry of Health, Labor and Welfare"));
    }

    @Test
    void wordsAndCodesAreNoAlias() {
        assertEquals(Set.of(), DefaultKbNames.ids("キャンディ"), "candy, not Kandy");
        assertEquals(Set.of(), DefaultKbNames.ids("ゴール"), "a goal, not Galle");
        assertEquals(Set.of(), DefaultKbNames.ids("しおかぜ"));
        assertFalse(DefaultKbNames.ids("IWC").contains("kb:event:international_wine_challenge"), "the whaling commission");
        assertFalse(DefaultKbNames.ids("FISA").contains("kb:product:fisa"), "World Rowing's old name");
        assertFalse(DefaultKbNames.ids("NABU").contains("kb:org:nabu"), "Ukraine's anti-corruption bureau");
        assertTrue(DefaultKbNames.KB.byId("kb:org:nabu").isPresent());
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(GAPS, 33);
        DefaultKbNames.assertCuratedFile(CATEGORIES, 650);
    }
}
