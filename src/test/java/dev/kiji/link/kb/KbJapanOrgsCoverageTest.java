package dev.kiji.link.kb;

import static dev.kiji.link.kb.DefaultKbNames.KB;
import static dev.kiji.link.kb.DefaultKbNames.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Japanese people and organizations of {@code curated-japan-orgs.jsonl} (governors and mayors, former prime
 * ministers, party leaders, executives, the imperial family, athletes, artists, Nobel laureates; companies, banks,
 * media, universities, research institutes, government bodies, parties, federations, sports clubs): a Japanese and
 * an English article naming one of them resolve to the same single entry.
 */
class KbJapanOrgsCoverageTest {
    private static final String FILE = "curated-japan-orgs.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "吉村洋文; Hirofumi Yoshimura", "玉城デニー; Denny Tamaki", "熊谷俊人; Toshihito Kumagai",
        "斎藤元彦; Motohiko Saito", "横山英幸; Hideyuki Yokoyama", "小泉純一郎; Junichiro Koizumi",
        "麻生太郎; Taro Aso", "鳩山由紀夫; Yukio Hatoyama", "額賀福志郎; Fukushiro Nukaga",
        "神谷宗幣; Sohei Kamiya", "氷見野良三; Ryozo Himino", "黒田東彦; Haruhiko Kuroda",
        "筒井義信; Yoshinobu Tsutsui", "柳井正; Tadashi Yanai", "カルロス・ゴーン; Carlos Ghosn",
        "秋篠宮文仁; Crown Prince Fumihito", "愛子内親王; Princess Aiko", "羽生結弦; Yuzuru Hanyu",
        "井上尚弥; Naoya Inoue", "三笘薫; Kaoru Mitoma", "白鵬; Hakuho", "村上春樹; Haruki Murakami",
        "宮崎駿; Hayao Miyazaki", "山中伸弥; Shinya Yamanaka", "坂口志文; Shimon Sakaguchi",
        "陸上自衛隊; Ground Self-Defense Force", "海自; Maritime Self-Defense Force",
        "航空自衛隊; ASDF", "会計検査院; Board of Audit", "最高検; Supreme Public Prosecutors Office",
        "熊谷地方気象台; Kumagaya Local Meteorological Office", "札幌管区気象台; Sapporo Regional Headquarters, JMA",
        "日本保守党; Conservative Party of Japan", "チームみらい; Team Mirai",
        "読売新聞; Yomiuri Shimbun", "共同通信; Kyodo News", "時事通信社; Jiji Press", "テレ朝; TV Asahi",
        "ＮＴＴドコモ; NTT Docomo", "日本郵船; NYK Line", "小田急; Odakyu Electric Railway", "東京メトロ; Tokyo Metro",
        "農林中金; Norinchukin Bank", "横浜銀行; Bank of Yokohama", "ＪＦＥホールディングス; JFE Holdings",
        "東京科学大学; Institute of Science Tokyo", "筑波大学; University of Tsukuba", "早稲田大学; Waseda University",
        "物質・材料研究機構; NIMS", "海洋研究開発機構; JAMSTEC", "国立環境研究所; NIES", "ｉＰＳ細胞研究所; CiRA",
        "ＪＩＣＡ; Japan International Cooperation Agency", "日本医師会; Japan Medical Association",
        "被団協; Nihon Hidankyo", "浦和レッズ; Urawa Red Diamonds", "ヴィッセル神戸; Vissel Kobe",
        "宇都宮ブレックス; Utsunomiya Brex", "埼玉パナソニックワイルドナイツ; Saitama Panasonic Wild Knights",
        "日本陸連; JAAF", "全日本スキー連盟; Ski Association of Japan", "侍ジャパン; Samurai Japan",
        "田村憲久; Norihisa Tamura", "山際大志郎; Daishiro Yamagiwa", "牧島かれん; Karen Makishima",
        "赤羽一嘉; Kazuyoshi Akaba", "自見はなこ; Hanako Jimi", "加藤鮎子; Ayuko Kato", "中野洋昌; Hiromasa Nakano",
        "大石あきこ; Akiko Oishi", "福島瑞穂; Mizuho Fukushima", "武田良太; Ryota Takeda",
        "しまむら; Shimamura", "無印良品; Ryohin Keikaku", "マツキヨ; Matsumoto Kiyoshi", "ヨーカ堂; Ito-Yokado",
        "江崎グリコ; Glico", "キユーピー; Kewpie", "スシロー; Food & Life Companies", "ココイチ; Ichibanya",
        "ソニー・インタラクティブエンタテインメント; SIE", "サイボウズ; Cybozu", "西濃運輸; Seino Transportation",
        "五洋建設; Penta-Ocean Construction", "ＬＩＸＩＬ; Lixil", "参天製薬; Santen Pharmaceutical",
        "日医工; Nichi-Iko Pharmaceutical", "東電パワーグリッド; TEPCO Power Grid", "アシックス; Asics",
        "星野リゾート; Hoshino Resorts", "全労済; Zenrosai", "日本薬剤師会; Japan Pharmaceutical Association",
        "東大病院; University of Tokyo Hospital", "聖路加国際病院; St. Luke's International Hospital",
        "地域医療機能推進機構; JCHO", "鉄道・運輸機構; JRTT", "水資源機構; Japan Water Agency",
        "大阪桐蔭; Osaka Toin", "早実; Waseda Jitsugyo", "智辯和歌山; Chiben Wakayama", "花巻東高校; Hanamaki Higashi",
        "仙台育英; Sendai Ikuei",
        "ＡＢＣマート; ABC-Mart", "そごう・西武; Sogo & Seibu", "餃子の王将; Ohsho Food Service", "モスバーガー; Mos Food Services",
        "日清オイリオ; Nisshin OilliO", "フロム・ソフトウェア; FromSoftware", "日本ユニシス; BIPROGY", "前田建設; Maeda Corporation",
        "大鵬薬品; Taiho Pharmaceutical", "広域機関; OCCTO", "本四高速; Honshu-Shikoku Bridge Expressway", "中小機構; SMRJ",
        "造幣局; Japan Mint", "京大病院; Kyoto University Hospital", "全漁連; JF Zengyoren", "朝日生命; Asahi Life",
        "谷垣禎一; Sadakazu Tanigaki", "塩崎恭久; Yasuhisa Shiozaki", "太田昭宏; Akihiro Ota", "根本匠; Takumi Nemoto",
        "西銘恒三郎; Kosaburo Nishime", "櫛渕万里; Mari Kushibuchi", "浜口誠; Makoto Hamaguchi", "野村哲郎; Tetsuro Nomura",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesOfTheFileAreLoadedAndCarryNoGuessedQids() {
        DefaultKbNames.assertCuratedFile(FILE, 800);
    }

    @Test
    void aCuratedEntrySupersedesTheEnamdictEntryOfTheSameOrganization() {
        Set<String> ja = ids("鹿島アントラーズ");
        assertEquals(Set.of("kb:org:j_kashima_antlers"), ja);
        assertTrue(KB.entries().stream().noneMatch(e -> e.id().equals("kb:org:ed_kashima_antlers")));
    }

    @Test
    void aSurnameAloneIsOnlyAPartialAlias() {
        assertTrue(KB.lookup(NameKey.of("萩生田")).stream().allMatch(KnowledgeBase.AliasHit::partial));
        assertTrue(KB.lookup(NameKey.of("萩生田")).stream()
                .anyMatch(h -> h.entry().id().equals("kb:person:koichi_hagiuda")));
    }
}
