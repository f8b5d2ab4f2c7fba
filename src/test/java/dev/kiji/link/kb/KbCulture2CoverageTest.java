package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second culture, events and products file: films, anime, novels, dramas, games, songs and stage works under their
 * Japanese release titles and English names; prizes, festivals, fairs and recurring events; wars, battles, disasters,
 * incidents and scandals; laws and treaties. Each Japanese and English name resolves to one and the same entry, and the
 * file carries no guessed QID.
 */
class KbCulture2CoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ショーシャンクの空に; The Shawshank Redemption", "ローマの休日; Roman Holiday", "2001年宇宙の旅; 2001: A Space Odyssey",
        "羊たちの沈黙; The Silence of the Lambs", "硫黄島からの手紙; Letters from Iwo Jima", "蜘蛛巣城; Throne of Blood",
        "カメラを止めるな！; One Cut of the Dead", "モンスターズ・インク; Monsters, Inc.", "めぞん一刻; Maison Ikkoku",
        "寄生獣; Parasyte", "文豪ストレイドッグス; Bungo Stray Dogs", "カラマーゾフの兄弟; The Brothers Karamazov",
        "アラバマ物語; To Kill a Mockingbird", "赤毛のアン; Anne of Green Gables", "菊と刀; The Chrysanthemum and the Sword",
        "学問のすゝめ; An Encouragement of Learning", "源氏物語; The Tale of Genji", "ゲゲゲの女房; GeGeGe no Nyobo",
        "逃げるは恥だが役に立つ; We Married as a Job!", "料理の鉄人; Iron Chef", "梨泰院クラス; Itaewon Class",
        "ゼルダの伝説 時のオカリナ; The Legend of Zelda: Ocarina of Time", "上を向いて歩こう; Ue o Muite Arukō",
        "蝶々夫人; Madama Butterfly", "くるみ割り人形; The Nutcracker", "ラスカー賞; Lasker Award", "旭日章; Order of the Rising Sun",
        "金馬奨; Golden Horse Awards", "グッドデザイン賞; Good Design Award", "ジャクソンホール会議; Jackson Hole Economic Symposium",
        "ドバイ万博; Expo 2020 Dubai", "ハノーバーメッセ; Hannover Messe", "独身の日; Singles' Day", "相馬野馬追; Soma Nomaoi",
        "明治維新; Meiji Restoration", "関ヶ原の戦い; Battle of Sekigahara", "本能寺の変; Honnoji Incident",
        "日露戦争; Russo-Japanese War", "真珠湾攻撃; Attack on Pearl Harbor", "森友学園問題; Moritomo Gakuen scandal",
        "日本人拉致問題; North Korean abductions of Japanese citizens", "ソ連崩壊; Dissolution of the Soviet Union",
        "セウォル号沈没事故; Sewol ferry disaster", "パナマ文書; Panama Papers", "昭和南海地震; 1946 Nankai earthquake",
        "河野談話; Kono Statement", "沖縄返還協定; Okinawa Reversion Agreement", "独ソ不可侵条約; Molotov-Ribbentrop Pact",
        "関税貿易一般協定; GATT", "合衆国憲法修正第2条; Second Amendment", "ミシュランガイド; Michelin Guide", "終末時計; Doomsday Clock",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyCulture2EntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-culture-2.jsonl", 800);
    }
}
