package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * South Asia, the Pacific, Southeast Asian consumer business and Japanese landmarks and leagues
 * (curated-asia-pacific.jsonl): Indian chief ministers, state parties and industrial towns; Pakistani, Bangladeshi,
 * Sri Lankan and Nepalese leaders, parties and cities; Pacific island towns, leaders, forces, regional bodies and
 * summits and Japan's security-aid framework; Indonesian, Thai, Vietnamese, Philippine and Malaysian retailers and
 * conglomerates; onsen towns and basketball divisions. A Japanese and an English article naming one of them resolve
 * to the same single entry, and so do the aliases added to older entries in this round.
 */
class KbAsiaPacificCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-asia-pacific.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // South Asia
        "デベンドラ・ファドナビス; Devendra Fadnavis", "M・K・スターリン; M. K. Stalin", "シッダラマイア; Siddaramaiah",
        "ピナライ・ビジャヤン; Pinarayi Vijayan", "チャンドラバブ・ナイドゥ; Chandrababu Naidu",
        "ヒマンタ・ビスワ・サルマ; Himanta Biswa Sarma", "全インド・アンナ・ドラビダ進歩連盟; AIADMK",
        "タミラガ・ベトリ・カザガム; Tamilaga Vettri Kazhagam", "インド共産党マルクス主義派; CPI(M)", "スリシティ; Sri City",
        "ニムラナ; Neemrana", "クンブ・メーラ; Kumbh Mela", "シンドゥール作戦; Operation Sindoor", "マリアム・ナワズ; Maryam Nawaz",
        "ベナジル・ブット; Benazir Bhutto", "中国パキスタン経済回廊; CPEC", "マタバリ; Matarbari", "パドマ橋; Padma Bridge",
        "スリランカ人民戦線; SLPP", "統一人民の力; Samagi Jana Balawegaya", "プラチャンダ; Pushpa Kamal Dahal",
        "ネパール会議派; Nepali Congress", "ダッカ・メトロ; Dhaka Metro Rail",
        // the Pacific
        "ラエ; Lae", "マダン; Madang", "マウントハーゲン; Mount Hagen", "ルーガンビル; Luganville", "パリキール; Palikir",
        "マルキョク; Ngerulmud", "ターネス・マーマウ; Taneti Maamau", "フランク・バイニマラマ; Frank Bainimarama",
        "パプアニューギニア国防軍; Papua New Guinea Defence Force", "太平洋共同体; Pacific Community",
        "太平洋・島サミット; Pacific Islands Leaders Meeting", "政府安全保障能力強化支援; Official Security Assistance",
        "南太平洋大学; University of the South Pacific", "ファレピリ連合; Falepili Union",
        // Southeast Asian consumer business
        "アルファマート; Alfamart", "インドマレット; Indomaret", "サリム・グループ; Salim Group", "インドフード; Indofood",
        "CPオール; CP All", "セントラル・リテール; Central Retail", "ビッグC; Big C", "マサン・グループ; Masan Group",
        "ウィンマート; WinMart", "SMプライム; SM Prime Holdings", "ピュアゴールド; Puregold", "ゲンティン・グループ; Genting",
        "99スピードマート; 99 Speedmart", "アイコンサイアム; ICONSIAM",
        // Japan
        "熱海温泉; Atami Onsen", "層雲峡温泉; Sounkyo Onsen", "出羽三山; Dewa Sanzan", "Bプレミア; B.League Premier",
        "ビジャイ; Vijay", "ミディ・ウタマ・インドネシア; Midi Utama Indonesia", "B1リーグ; B.League B1", "Wリーグ; Women's Japan Basketball League", "東都大学野球連盟; Tohto University Baseball League",
        // aliases added to older entries
        "霧島連山; Kirishima Mountains", "霧島神宮; Kirishima Shrine", "タミルナド州; Tamil Nadu", "タミル・ナドゥ; Tamil Nadu",
        "オリッサ州; Orissa", "セブン―イレブン; 7-Eleven", "三菱商事; Mitsubishi Corp.", "塩田康一; Koichi Shiota",
        "ロサンゼルス五輪; 2028 Los Angeles Olympics", "ブーゲンビル自治州; Autonomous Region of Bougainville",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyEntryIsInTheBuiltKbWithoutQid() {
        DefaultKbNames.assertCuratedFile(FILE, 250);
    }
}
