package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Japanese people entries: ministers and party figures since 2012, former governors and mayors, heads of public
 * bodies, business leaders, scientists and astronauts, the imperial family, writers and directors. Each Japanese and
 * English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbJapanPeopleCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "望月義夫; Yoshio Mochizuki", "竹下亘; Wataru Takeshita", "山下貴司; Takashi Yamashita", "小倉將信; Masanobu Ogura",
        "鈴木馨祐; Keisuke Suzuki", "細野豪志; Goshi Hosono", "渡海紀三朗; Kisaburo Tokai", "又市征治; Seiji Mataichi",
        "米山隆一; Ryuichi Yoneyama", "山東昭子; Akiko Santo", "高橋はるみ; Harumi Takahashi", "三村申吾; Shingo Mimura",
        "上田清司; Kiyoshi Ueda", "森田健作; Kensaku Morita", "泉田裕彦; Hirohiko Izumida", "井戸敏三; Toshizo Ido",
        "飯泉嘉門; Kamon Iizumi", "仲井真弘多; Hirokazu Nakaima", "横田美香; Mika Yokota", "北橋健治; Kenji Kitahashi",
        "保坂展人; Nobuto Hosaka", "泉房穂; Fusaho Izumi", "渡具知武豊; Taketoyo Toguchi", "若田部昌澄; Masazumi Wakatabe",
        "古谷一之; Kazuyuki Furuya", "更田豊志; Toyoshi Fuketa", "山中伸介; Shinsuke Yamanaka", "稲葉延雄; Nobuo Inaba",
        "神津里季生; Rikio Kozu", "櫻田謙悟; Kengo Sakurada", "畝本直美; Naomi Unemoto", "今崎幸彦; Yukihiko Imasaki",
        "尾身茂; Shigeru Omi", "内山田竹志; Takeshi Uchiyamada", "西川廣人; Hiroto Saikawa", "津賀一宏; Kazuhiro Tsuga",
        "車谷暢昭; Nobuaki Kurumatani", "垣内威彦; Takehiko Kakiuchi", "片野坂真哉; Shinya Katanozaka", "葛西敬之; Yoshiyuki Kasai",
        "勝俣恒久; Tsunehisa Katsumata", "毛利衛; Mamoru Mohri", "黒田清子; Sayako Kuroda", "小室圭; Kei Komuro",
        "北里柴三郎; Shibasaburo Kitasato", "柏原正樹; Masaki Kashiwara", "若田光一; Koichi Wakata", "野口聡一; Soichi Noguchi",
        "綿矢りさ; Risa Wataya", "林真理子; Mariko Hayashi", "周防正行; Masayuki Suo", "富野由悠季; Yoshiyuki Tomino",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyJapanPeopleEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-japan-people.jsonl", 400);
    }
}
