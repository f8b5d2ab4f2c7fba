package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second Japanese public-life file: Diet members of every party, prefectural-capital mayors, former prime ministers
 * and governors, historical figures, business leaders, scholars, writers, musicians and groups, actors, comedians and
 * newscasters; shrines, temples, gardens, ports and science facilities; scandals and imperial rites. Each Japanese and
 * English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbJapan2CoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "村井英樹; Hideki Murai", "国光あやの; Ayano Kunimitsu", "西村智奈美; Chinami Nishimura", "川田龍平; Ryuhei Kawada",
        "斎藤アレックス; Alex Saito", "高木陽介; Yosuke Takagi", "倉林明子; Akiko Kurabayashi", "大椿ゆうこ; Yuko Otsubaki",
        "有本香; Kaori Arimoto", "田母神俊雄; Toshio Tamogami", "中曽根弘文; Hirofumi Nakasone", "大平正芳; Masayoshi Ohira",
        "不破哲三; Tetsuzo Fuwa", "東国原英夫; Hideo Higashikokubaru", "町村信孝; Nobutaka Machimura", "田名部匡代; Masayo Tanabu",
        "礒崎哲史; Tetsuji Isozaki", "漆間譲司; Joji Uruma", "荻原健司; Kenji Ogiwara", "下鶴隆央; Takahiro Shimotsuru",
        "井深大; Masaru Ibuka", "竹中平蔵; Heizo Takenaka", "養老孟司; Takeshi Yoro", "樋口一葉; Ichiyo Higuchi",
        "岡本太郎; Taro Okamoto", "やなせたかし; Takashi Yanase", "谷村新司; Shinji Tanimura", "甲本ヒロト; Hiroto Komoto",
        "つんく♂; Tsunku", "出川哲朗; Tetsuro Degawa", "渋沢栄一; Eiichi Shibusawa", "伊藤博文; Hirobumi Ito",
        "空海; Kukai", "杉原千畝; Chiune Sugihara", "黒木華; Haru Kuroki", "田原総一朗; Soichiro Tahara",
        "東京事変; Tokyo Jihen", "モーニング娘。; Morning Musume", "爆笑問題; Bakusho Mondai", "ホリプロ; Horipro",
        "加計学園; Kake Educational Institution", "スーパーカミオカンデ; Super-Kamiokande", "すばる望遠鏡; Subaru Telescope",
        "富岳; Fugaku", "建長寺; Kencho-ji", "栗林公園; Ritsurin Garden", "琵琶湖疏水; Lake Biwa Canal",
        "千鳥ヶ淵; Chidorigafuchi", "大嘗祭; Daijosai", "ロッキード事件; Lockheed scandal", "徹子の部屋; Tetsuko's Room",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyJapan2EntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-japan-2.jsonl", 500);
    }
}
