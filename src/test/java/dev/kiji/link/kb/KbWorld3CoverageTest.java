package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The world outside Japan, third file (curated-world-3.jsonl): think tanks, pollsters and rating agencies, NGOs,
 * news agencies, newspapers and broadcasters, universities and research institutes, armed groups, scientists,
 * laureates and scholars, politicians and parties, public laboratories, weather and space agencies, regional bodies and
 * forums, market-research firms, business lobbies and unions the earlier files lacked. A Japanese and an English article naming one of
 * them resolve to the same single entry.
 */
class KbWorld3CoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-world-3.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // think tanks, pollsters, rating agencies, NGOs
        "ハドソン研究所; Hudson Institute", "戦争研究所; Institute for the Study of War", "ピーターソン国際経済研究所; PIIE",
        "英王立防衛安全保障研究所; RUSI", "ロウイー研究所; Lowy Institute", "キール世界経済研究所; Kiel Institute",
        "ユーラシア・グループ; Eurasia Group", "ピュー・リサーチ・センター; Pew Research Center", "ユーガブ; YouGov",
        "格付投資情報センター; Rating and Investment Information", "オックスファム; Oxfam",
        "セーブ・ザ・チルドレン; Save the Children", "ジャーナリスト保護委員会; CPJ", "ベリングキャット; Bellingcat",
        "反汚職基金; Anti-Corruption Foundation",
        // news agencies, newspapers, broadcasters
        "中央社; Central News Agency", "アナドル通信; Anadolu Agency", "イラン国営通信; IRNA", "タスニム通信; Tasnim",
        "ドイツ通信; dpa", "ANSA通信; ANSA", "ベルナマ通信; Bernama", "朝鮮中央テレビ; KCTV", "解放軍報; PLA Daily",
        "財新; Caixin", "ハアレツ; Haaretz", "コメルサント; Kommersant", "ノーバヤ・ガゼータ; Novaya Gazeta",
        "ランセット; The Lancet", "自由時報; Liberty Times", "ドイチェ・ヴェレ; Deutsche Welle", "韓国放送公社; KBS",
        "ボイス・オブ・アメリカ; VOA", "ラジオ・フリー・アジア; Radio Free Asia", "オーストラリア放送協会; Australian Broadcasting Corporation",
        // universities and institutes
        "パリ政治学院; Sciences Po", "香港中文大学; CUHK", "ワイツマン科学研究所; Weizmann Institute", "中国社会科学院; CASS",
        "ソーク研究所; Salk Institute",
        // armed groups
        "アラカン軍; Arakan Army", "パキスタン・タリバン運動; TTP", "イスラム国ホラサン州; ISIS-K", "シナロア・カルテル; Sinaloa Cartel",
        "トレン・デ・アラグア; Tren de Aragua", "ムスリム同胞団; Muslim Brotherhood", "アゾフ大隊; Azov Brigade",
        // people
        "ジェフリー・ヒントン; Geoffrey Hinton", "カタリン・カリコ; Katalin Karikó", "アンソニー・ファウチ; Anthony Fauci",
        "ダロン・アセモグル; Daron Acemoglu", "トマ・ピケティ; Thomas Piketty", "オマー・ヤギー; Omar Yaghi",
        "ミシェル・デボレ; Michel Devoret", "イアン・ブレマー; Ian Bremmer", "リチャード・アーミテージ; Richard Armitage",
        "オルハン・パムク; Orhan Pamuk", "劉慈欣; Liu Cixin", "ニコラ・スタージョン; Nicola Sturgeon",
        "パベル・ドゥロフ; Pavel Durov", "マリア・レッサ; Maria Ressa", "アリ・シスタニ; Ali al-Sistani",
        "ケマル・クルチダルオール; Kilicdaroglu", "ジュリアス・マレマ; Julius Malema",
        // parties, more universities, labs, agencies, media, forums, unions
        "シン・フェイン党; Sinn Fein", "ジョージアの夢; Georgian Dream", "中国共産主義青年団; Communist Youth League",
        "英重大不正捜査局; Serious Fraud Office", "ライデン大学; Leiden University", "ミュンヘン大学; LMU Munich",
        "モスクワ国際関係大学; MGIMO", "アブドラ国王科学技術大学; KAUST", "ハルビン工業大学; Harbin Institute of Technology",
        "ジェット推進研究所; JPL", "米国立ハリケーン・センター; National Hurricane Center", "ロスアラモス国立研究所; Los Alamos National Laboratory", "国防高等研究計画局; DARPA",
        "英気象庁; Met Office", "欧州中期予報センター; ECMWF", "米軍合同台風警報センター; JTWC", "台湾中央気象署; Central Weather Administration",
        "ドイツ航空宇宙センター; DLR", "ドーシチ; TV Rain", "大公報; Ta Kung Pao", "聯合ニュースTV; Yonhap News TV",
        "デイリーNK; Daily NK", "ラップラー; Rappler", "プレスTV; Press TV", "フォーリン・アフェアーズ; Foreign Affairs",
        "ビシェグラード・グループ; Visegrad Group", "東方経済フォーラム; Eastern Economic Forum", "パリクラブ; Paris Club",
        "全米自動車労働組合; UAW", "全米小売業協会; National Retail Federation", "ブルームバーグNEF; BNEF",
        "トレンドフォース; TrendForce", "コンファレンス・ボード; Conference Board",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 600);
    }
}
