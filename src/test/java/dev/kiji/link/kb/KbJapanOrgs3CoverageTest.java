package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The third Japanese organizations file: national, public and private universities and colleges (with the short forms
 * news writes, 拓大, 京産大), university and major hospitals, research institutes and public corporations, councils
 * and Diet panels, LDP factions and minor parties, unions, business and professional bodies, NGOs and think tanks,
 * religious bodies, orchestras and theatre companies, sports federations and wrestling promotions, and companies
 * (food and restaurant chains, games, cosmetics, drugmakers, housebuilders, hotels, regional banks, railways), and the
 * regional offices of the state (immigration, customs, finance, development, defence and transport bureaus, coast guard
 * regions, high court branches, designated-city boards of education). Each
 * Japanese and English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbJapanOrgs3CoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "小樽商科大学; Otaru University of Commerce", "豊橋技術科学大学; Toyohashi University of Technology",
        "大阪教育大学; Osaka Kyoiku University", "鹿屋体育大学; National Institute of Fitness and Sports in Kanoya",
        "兵庫県立大学; University of Hyogo", "会津大学; University of Aizu", "都留文科大学; Tsuru University",
        "奈良県立医科大学; Nara Medical University", "大阪市立大学; Osaka City University",
        "東京女子大学; Tokyo Woman's Christian University", "聖心女子大学; University of the Sacred Heart",
        "拓大; Takushoku University", "大東文化大; Daito Bunka University", "東京農大; Tokyo University of Agriculture",
        "自治医大; Jichi Medical University", "慈恵医大; Jikei University School of Medicine",
        "産業医大; University of Occupational and Environmental Health", "京産大; Kyoto Sangyo University",
        "龍谷大学; Ryukoku University", "沖縄国際大学; Okinawa International University",
        "武蔵野美術大学; Musashino Art University", "放送大学; The Open University of Japan",
        "九大病院; Kyushu University Hospital", "都立広尾病院; Tokyo Metropolitan Hiroo Hospital",
        "中央労働委員会; Central Labour Relations Commission", "中環審; Central Environment Council",
        "国立医薬品食品衛生研究所; National Institute of Health Sciences", "鉄道総研; Railway Technical Research Institute",
        "医薬品医療機器総合機構; Pharmaceuticals and Medical Devices Agency", "清和会; Seiwa Policy Research Council",
        "衆院憲法審査会; Commission on the Constitution of the House of Representatives",
        "電力総連; Denryoku Soren", "新経連; Japan Association of New Economy",
        "浄土真宗本願寺派; Jodo Shinshu Hongwanji-ha", "天理教; Tenrikyo",
        "読響; Yomiuri Nippon Symphony Orchestra", "文学座; Bungakuza", "関東学連; Kanto Inter-University Athletics Association",
        "新日本プロレス; New Japan Pro-Wrestling", "日本野鳥の会; Wild Bird Society of Japan", "電中研; CRIEPI",
        "救う会; National Association for the Rescue of Japanese Kidnapped by North Korea",
        "カルビー; Calbee", "ピジョン; Pigeon", "科研製薬; Kaken Pharmaceutical", "旭化成ホームズ; Asahi Kasei Homes",
        "荘内銀行; Shonai Bank", "広電; Hiroshima Electric Railway", "三陸鉄道; Sanriku Railway",
        "ロジスティード; Logisteed", "はとバス; Hato Bus", "近畿財務局; Kinki Local Finance Bureau",
        "沖縄防衛局; Okinawa Defense Bureau", "第3管区海上保安本部; 3rd Regional Coast Guard Headquarters",
        "名古屋高裁金沢支部; Nagoya High Court Kanazawa Branch", "横浜市教委; Yokohama City Board of Education",
        "東京入管; Tokyo Regional Immigration Services Bureau", "門司税関; Moji Customs",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyJapanOrgs3EntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-japan-orgs-3.jsonl", 780);
    }
}
