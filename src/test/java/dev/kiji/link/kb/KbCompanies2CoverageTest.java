package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second companies file: Japanese mid-caps (airlines, railways, regional banks, brokers, retailers, food makers,
 * industrials, studios, publishers, broadcasters, regional newspapers, start-ups), global companies (shipping lines,
 * Chinese, Korean, Taiwanese, Indian, European and US groups) and a few executives. Each Japanese and English name
 * resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbCompanies2CoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-companies-2.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ソラシドエア; Solaseed Air", "日本トランスオーシャン航空; Japan Transocean Air", "江ノ電; Enoden",
        "富士急行; Fuji Kyuko", "近鉄エクスプレス; Kintetsu World Express", "めぶきフィナンシャルグループ; Mebuki Financial Group",
        "ほくほくＦＧ; Hokuhoku Financial Group", "肥後銀行; Higo Bank", "山陰合同銀行; San-in Godo Bank",
        "第四北越銀行; Daishi Hokuetsu Bank", "マネックス証券; Monex Securities", "東海東京フィナンシャル・ホールディングス; Tokai Tokyo",
        "アコム; Acom", "阪和興業; Hanwa Co.", "大丸松坂屋百貨店; Daimaru Matsuzakaya Department Stores",
        "セイコーマート; Seicomart", "神戸物産; Kobe Bussan", "クスリのアオキ; Kusuri no Aoki Holdings",
        "ヨークベニマル; York-Benimaru", "マルハニチロ; Maruha Nichiro", "ダイドードリンコ; DyDo Group Holdings",
        "サイゼリヤ; Saizeriya", "はま寿司; Hama Sushi", "大同特殊鋼; Daido Steel", "JX金属; JX Advanced Metals",
        "石油資源開発; JAPEX", "日立造船; Kanadevia", "SUMCO; Sumco", "三菱ふそう; Mitsubishi Fuso Truck and Bus",
        "イビデン; Ibiden", "浜松ホトニクス; Hamamatsu Photonics", "岩谷産業; Iwatani Corporation", "MAPPA; MAPPA",
        "アニプレックス; Aniplex", "紀伊國屋書店; Kinokuniya", "東京ＭＸ; Tokyo MX", "ニッポン放送; Nippon Broadcasting System",
        "熊本日日新聞; Kumamoto Nichinichi Shimbun", "秋田魁新報; Akita Sakigake Shimpo", "東スポ; Tokyo Sports",
        "長谷工; Haseko", "IIJ; Internet Initiative Japan", "アストロスケール; Astroscale", "ティアフォー; Tier IV",
        "ビットフライヤー; bitFlyer", "パーソル; Persol Holdings", "綜合警備保障; ALSOK",
        "ハパックロイド; Hapag-Lloyd", "陽明海運; Yang Ming", "ドイツポスト; Deutsche Post", "国家電網; State Grid",
        "中国建設銀行; China Construction Bank", "東風汽車; Dongfeng Motor", "ジーカー; Zeekr", "美的集団; Midea Group",
        "ハイクビジョン; Hikvision", "宇樹科技; Unitree Robotics", "貴州茅台; Kweichow Moutai", "HD現代重工業; HD Hyundai Heavy Industries",
        "サムスンSDI; Samsung SDI", "韓国水力原子力; KHNP", "斗山エナビリティ; Doosan Enerbility", "セルトリオン; Celltrion",
        "聯華電子; UMC", "広達電脳; Quanta Computer", "台湾電力; Taipower", "力晶積成電子製造; PSMC",
        "タタ・コンサルタンシー・サービシズ; TCS", "リライアンス・ジオ; Reliance Jio", "ミュンヘン再保険; Munich Re",
        "ウニクレディト; UniCredit", "コメルツ銀行; Commerzbank", "ティッセンクルップ; Thyssenkrupp", "ダイムラー・トラック; Daimler Truck",
        "ブリストル・マイヤーズスクイブ; Bristol Myers Squibb", "アンハイザー・ブッシュ・インベブ; AB InBev",
        "ラムリサーチ; Lam Research", "マッキンゼー; McKinsey", "ベライゾン; Verizon", "アンドゥリル; Anduril",
        "ライアンエアー; Ryanair", "アリマンタシォン・クシュタール; Couche-Tard", "アブダビ国営石油; ADNOC",
        "ノルニッケル; Norilsk Nickel", "メキシコ石油公社; Pemex",
        "池辺和弘; Kazuhiro Ikebe", "早坂伸夫; Nobuo Hayasaka", "梁汝波; Liang Rubo", "シャンタヌ・ナラヤン; Shantanu Narayen",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyEntryIsReachedByItsOwnLabelsAlone() {
        for (KbEntry e : KbBuilder.curated(FILE)) {
            assertEquals(Set.of(e.id()), DefaultKbNames.ids(e.labels().ja()), e.labels().ja());
            assertEquals(Set.of(e.id()), DefaultKbNames.ids(e.labels().en()), e.labels().en());
        }
    }

    @Test
    void everyEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile(FILE, 500);
    }
}
