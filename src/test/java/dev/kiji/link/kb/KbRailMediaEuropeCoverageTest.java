package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rail, regions and media (curated-rail-media-europe.jsonl): Japanese municipal subway operators, third-sector
 * railways, JR and subway lines, busy stations of the big cities and expressways; regions, cantons, regional
 * leaders and cities of Western and Southern Europe; Japanese newspapers, regional broadcasters, publishers and
 * talent agencies. A Japanese and an English article naming one of them resolve to the same single entry.
 */
class KbRailMediaEuropeCoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-rail-media-europe.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // rail operators, lines and stations
        "名古屋市交通局; Transportation Bureau City of Nagoya", "福岡市地下鉄; Fukuoka City Subway",
        "大阪モノレール; Osaka Monorail", "えちぜん鉄道; Echizen Railway", "阪和線; Hanwa Line", "湖西線; Kosei Line",
        "気仙沼線; Kesennuma Line", "名城線; Meijo Line", "七隈線; Nanakuma Line", "札沼線; Gakuen Toshi Line",
        "米坂線; Yonesaka Line", "瀬戸大橋線; Seto-Ohashi Line", "成田空港駅; Narita Airport Station",
        "大阪梅田駅; Osaka-Umeda Station", "夢洲駅; Yumeshima Station", "すすきの駅; Susukino Station",
        "京都河原町駅; Kyoto-Kawaramachi Station", "溜池山王駅; Tameike-Sanno Station", "新百合ヶ丘駅; Shin-Yurigaoka Station",
        "大和西大寺駅; Yamato-Saidaiji Station", "門司港駅; Mojiko Station", "紀勢道; Kisei Expressway",
        "日本海東北自動車道; Nihonkai-Tohoku Expressway", "高速道路機構; Japan Expressway Holding and Debt Repayment Agency",
        // Western and Southern Europe
        "ペイ・ド・ラ・ロワール; Pays de la Loire", "ウンブリア; Umbria", "南チロル; South Tyrol", "バジリカータ州; Basilicata",
        "マドリード自治州; Community of Madrid", "バレンシア州; Valencian Community", "ナバラ; Navarra", "アストゥリアス州; Asturias",
        "フランドル; Flanders", "ワロン地域; Wallonia", "ティチーノ州; Ticino", "グラウビュンデン; Grisons", "チロル; Tyrol",
        "プチデモン; Carles Puigdemont", "アユソ; Isabel Diaz Ayuso", "ペクレス; Valérie Pécresse", "ミヒャエル・クレッチマー; Kretschmer",
        "クレルモンフェラン; Clermont-Ferrand", "カリアリ; Cagliari", "ヒホン; Gijon", "ブザンソン; Besancon",
        "イーペル; Ieper", "グリンデルワルト; Grindelwald", "シントラ; Sintra",
        // Japanese media
        "八重山毎日新聞; Yaeyama Mainichi Shimbun", "電気新聞; Denki Shimbun", "日本テレビホールディングス; Nippon TV Holdings",
        "テレビ東京ホールディングス; TV Tokyo Holdings", "放送倫理・番組向上機構; Broadcasting Ethics and Program Improvement Organization",
        "朝日新聞出版; Asahi Shimbun Publications", "ナベプロ; Nabepro", "プロダクション人力舎; Jinrikisha", "NHK出版; NHK Publishing",
        "NHKワールド; NHK World", "ジャパンニューズ; The Japan News", "週刊東洋経済; Weekly Toyo Keizai",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 300);
    }
}
