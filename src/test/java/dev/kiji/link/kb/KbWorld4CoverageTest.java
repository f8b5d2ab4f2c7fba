package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The world outside Japan, fourth file (curated-world-4.jsonl): state and listed companies, sovereign funds and
 * airlines of Latin America, Africa, the Middle East and Gulf, Central and South Asia and Eastern Europe; central
 * banks, courts, parties, election bodies and regional bodies; stock exchanges, oil and gas fields, mines, pipelines,
 * nuclear plants, ports and airports the earlier files lacked. A Japanese and an English
 * article naming one of them resolve to the same single entry.
 */
class KbWorld4CoverageTest {
    private static final String FILE = "/dev/kiji/link/kb/curated-world-4.jsonl";

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        // companies and funds
        "エコペトロル; Ecopetrol", "ソナトラック; Sonatrach", "カズムナイガス; KazMunayGas", "カザトムプロム; Kazatomprom",
        "イタウ・ウニバンコ; Itaú Unibanco", "ブラジル銀行; Banco do Brasil", "ウジミナス; Usiminas", "ヌーバンク; Nubank",
        "ラタム航空; LATAM Airlines", "アメリカ・モビル; America Movil", "セメックス; Cemex", "メキシコ電力庁; CFE",
        "ベネズエラ国営石油会社; PDVSA", "ナスパーズ; Naspers", "サファリコム; Safaricom", "ダンゴート・グループ; Dangote Group",
        "ナイジェリア国営石油会社; NNPC", "エスコム; Eskom", "トランスネット; Transnet", "デビアス; De Beers",
        "ムバダラ; Mubadala", "アブダビ投資庁; ADIA", "カタール投資庁; QIA", "エマール・プロパティーズ; Emaar Properties",
        "コチ・ホールディング; Koç Holding", "バイカル; Baykar", "イスラエル・エアロスペース・インダストリーズ; Israel Aerospace Industries",
        "ナフトガス; Naftogaz", "エネルゴアトム; Energoatom", "トランスネフチ; Transneft", "ソブコムフロト; Sovcomflot",
        "オーレン; Orlen", "アゼルバイジャン国営石油会社; SOCAR", "パキスタン国際航空; Pakistan International Airlines",
        "エジプト航空; EgyptAir", "ケニア航空; Kenya Airways",
        // central banks, courts, parties, regional bodies
        "コロンビア中央銀行; Banco de la República", "ケニア中央銀行; Central Bank of Kenya", "UAE中央銀行; Central Bank of the UAE",
        "ブラジル高等選挙裁判所; Superior Electoral Court", "国民行動党; National Action Party", "全進歩会議; All Progressives Congress",
        "国民の僕; Servant of the People", "アフリカ大陸自由貿易圏; AfCFTA", "米州開発銀行; Inter-American Development Bank",
        "カリブ共同体; CARICOM", "テュルク諸国機構; Organization of Turkic States", "ASEAN+3マクロ経済調査事務局; AMRO",
        // ports and airports
        "サントス港; Port of Santos", "モンバサ港; Port of Mombasa", "チャバハール港; Chabahar Port", "タンジェ・メッド港; Tanger Med",
        "シャヒード・ラジャイ港; Shahid Rajaee Port", "グアルーリョス国際空港; Guarulhos Airport", "ジョモ・ケニヤッタ国際空港; Jomo Kenyatta International Airport",
        "イマーム・ホメイニ国際空港; Imam Khomeini International Airport", "ボリスピリ国際空港; Boryspil International Airport",
        "ジェシュフ空港; Rzeszów Airport", "トリブバン国際空港; Tribhuvan International Airport",
        // exchanges, fields, mines, pipelines, plants, more companies and bodies
        "サウジ証券取引所; Tadawul", "ヨハネスブルク証券取引所; Johannesburg Stock Exchange", "モスクワ取引所; Moscow Exchange",
        "バカムエルタ; Vaca Muerta", "カシャガン油田; Kashagan", "エスコンディダ銅山; Escondida", "オユトルゴイ鉱山; Oyu Tolgoi",
        "BTCパイプライン; Baku–Tbilisi–Ceyhan pipeline", "バラカ原子力発電所; Barakah nuclear power plant", "アックユ原発; Akkuyu",
        "パクシュ原発; Paks nuclear power plant", "ロビト回廊; Lobito Corridor", "バルボア港; Port of Balboa",
        "ダンゴート製油所; Dangote Refinery", "ガスプロムネフチ; Gazprom Neft", "アルロサ; Alrosa", "アセルサン; Aselsan",
        "アクワ・パワー; ACWA Power", "サウディア; Saudi Arabian Airlines", "リヤド航空; Riyadh Air", "ジェカミン; Gécamines",
        "ナイジェリア独立選挙管理委員会; INEC", "ガザ人道財団; Gaza Humanitarian Foundation", "シリア・アラブ通信; Syrian Arab News Agency",
        // people
        "ナレディ・パンドール; Naledi Pandor", "ブルーノ・ロドリゲス; Bruno Rodríguez Parrilla",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void entriesCarryNoQidAndHaveContext() {
        DefaultKbNames.assertCuratedFile(FILE, 280);
    }
}
