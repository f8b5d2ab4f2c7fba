package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fifteenth session, curated-categories-15.jsonl: the well-known rest of the kinds of entity the development gaps showed
 * (auction houses and art fairs, Formula One, news agencies, labour federations and the prefectural labour relations
 * commissions, fire, rescue and disaster bodies, museums abroad, Japan's early contact with the West, regional parties and
 * legislatures, pollsters, rivers and capes, regional railways, shogi and go, national football teams, studios and game
 * companies, research institutes, cyber security, farm and fisheries bodies, Argentine and Papua New Guinean provinces,
 * Baltic Sea infrastructure). A Japanese and an English article naming one of them resolve to the same single entry.
 */
class KbCategories15CoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-categories-15.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ボナムズ; Bonhams", "シンワオークション; Shinwa Auction", "ウィリアムズF1; Williams Racing", "アウディF1; Sauber",
        "ピエール・ガスリー; Pierre Gasly", "小松礼雄; Ayao Komatsu", "スパ・フランコルシャン; Spa-Francorchamps",
        "英国GP; British Grand Prix", "世界耐久選手権; FIA World Endurance Championship", "ラリージャパン; Rally Japan",
        "AAP通信; Australian Associated Press", "ラヂオプレス; Radiopress", "情報労連; Joho Roren", "新聞労連; Shimbun Roren",
        "IGメタル; IG Metall", "都労委; Tokyo Metropolitan Government Labor Relations Commission",
        "大阪府労働委員会; Osaka Prefectural Labour Relations Commission", "災害派遣医療チーム; DMAT", "防災庁; Disaster Management Agency",
        "マウリッツハイス美術館; Mauritshuis", "ギメ東洋美術館; Musée Guimet", "フランシスコ・ザビエル; Francis Xavier",
        "三浦按針; William Adams", "小泉八雲; Lafcadio Hearn", "岩倉使節団; Iwakura Mission", "解体新書; Kaitai Shinsho",
        "オンタリオ州進歩保守党; Ontario PC Party", "カタルーニャ共和主義左翼; ERC", "新フラームス同盟; N-VA",
        "クイニピアック大学; Quinnipiac", "レバダ・センター; Levada Center", "日経リサーチ; Nikkei Research",
        "荒川; Arakawa River", "入道崎; Cape Nyudo", "のと鉄道; Noto Railway", "多摩モノレール; Tama Toshi Monorail",
        "名人戦; Meijin title match", "王将戦; Osho title match", "渡辺明; Akira Watanabe", "一力遼; Ryo Ichiriki", "本因坊戦; Honinbo title match",
        "セレソン; Brazil national football team", "サッカルーズ; Socceroos", "ライオンズゲート; Lionsgate", "鬼武者; Onimusha",
        "カブリ数物連携宇宙研究機構; Kavli IPMU", "国家サイバー統括室; National Cybersecurity Office", "ボルト・タイフーン; Volt Typhoon",
        "クラウドストライク; CrowdStrike", "JA共済連; Zenkyoren", "日新丸; Nisshin Maru", "フフイ州; Jujuy Province",
        "バルチックコネクター; Balticconnector", "ビデオリサーチ; Video Research",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 600);
    }
}
