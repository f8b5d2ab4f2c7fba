package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ninth-session people file: heads of state and government and foreign ministers beyond the G20, central
 * bankers, heads of international organizations, executives, founders and investors. Each Japanese and English
 * name resolves to one and the same entry, and the file carries no guessed QID.
 */
class PeopleKbTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // heads of state and government, foreign ministers
        "トンルン・シースリット; Thongloun Sisoulith", "ラース・ロッケ・ラスムセン; Lars Løkke Rasmussen",
        "アヌラ・クマラ・ディサナヤケ; Anura Kumara Dissanayake", "モハメド・ムイズ; Mohamed Muizzu",
        "サディル・ジャパロフ; Sadyr Japarov", "イラクリ・コバヒゼ; Irakli Kobakhidze", "ナワフ・サラム; Nawaf Salam",
        "ムハンマド・シア・スダニ; Mohammed Shia al-Sudani", "アイマン・サファディ; Ayman Safadi",
        "アレクサンダー・ファンデアベレン; Alexander Van der Bellen", "ミホル・マーティン; Micheál Martin",
        "ギタナス・ナウセーダ; Gitanas Nausėda", "ニクショル・ダン; Nicușor Dan", "サンティアゴ・ペニャ; Santiago Peña",
        "ヤマンドゥ・オルシ; Yamandú Orsi", "ホセ・ラウル・ムリノ; José Raúl Mulino", "ヨウェリ・ムセベニ; Yoweri Museveni",
        "バシル・ディオマイ・フェイ; Bassirou Diomaye Faye", "アブデルマジド・テブン; Abdelmadjid Tebboune",
        "イブラヒム・トラオレ; Ibrahim Traoré", "ジェームズ・マラペ; James Marape", "エディ・ラマ; Edi Rama",
        "ソーンサイ・シーパンドン; Sonexay Siphandone", "李登輝; Lee Teng-hui", "盧武鉉; Roh Moo-hyun", "王岐山; Wang Qishan",
        "ツェリン・トブゲイ; Tshering Tobgay", "カイス・サイード; Kais Saied",
        // executives, founders and investors
        "デビッド・リックス; David Ricks", "アルバート・ブーラ; Albert Bourla", "パスカル・ソリオ; Pascal Soriot",
        "クリストフ・フーケ; Christophe Fouquet", "ジェーン・フレーザー; Jane Fraser", "オリバー・ツィプセ; Oliver Zipse", "劉徳音; Mark Liu", "辛東彬; Shin Dong-bin", "蔡力行; Rick Tsai",
        "ジャンドミニク・スナール; Jean-Dominique Senard", "ヤシル・ルマイヤン; Yasir Al-Rumayyan",
        "十河政則; Masanori Togawa", "後藤芳光; Yoshimitsu Goto",
        // central bankers and international organizations
        "ニール・カシュカリ; Neel Kashkari", "オースタン・グールズビー; Austan Goolsbee", "ファティ・カラハン; Fatih Karahan",
        "アグスティン・カルステンス; Agustín Carstens", "ギータ・ゴピナート; Gita Gopinath", "屈冬玉; Qu Dongyu",
        "シンディ・マケイン; Cindy McCain", "シティベニ・ランブカ; Sitiveni Rabuka", "呉泳銘; Eddie Wu",
        "金立群; Jin Liqun", "郭魯正; Kwak Noh-jung", "中満泉; Izumi Nakamitsu", "レベッカ・グリンスパン; Rebeca Grynspan",
        // Japanese officials, US officials
        "伊藤忠彦; Tadahiko Ito", "中尾武彦; Takehiko Nakao", "水嶋光一; Koichi Mizushima", "サミュエル・パパロ; Samuel Paparo",
        "エルブリッジ・コルビー; Elbridge Colby", "キャシー・ホークル; Kathy Hochul",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyPeopleEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-people-2.jsonl", 500);
    }
}
