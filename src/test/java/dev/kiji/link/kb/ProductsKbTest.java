package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The product entries: devices, cars, aircraft, rockets and spacecraft, weapons and ships, drugs and vaccines,
 * software and AI, games, works and characters, indices and commodities, Japanese and foreign laws, treaties and
 * named programmes. Each Japanese and English name resolves to one and the same entry, and the file carries no
 * guessed QID.
 */
class ProductsKbTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "iPhone17; iPhone 17", "アップルウオッチ; Apple Watch", "ビジョンプロ; Vision Pro", "ギャラクシー; Samsung Galaxy",
        "エクスペリア; Xperia", "スーパーファミコン; SNES", "ブラックウェル; Nvidia Blackwell", "H20; Nvidia H20",
        "ジェミニ; Google Gemini", "コパイロット; Microsoft Copilot", "ウィンドウズ11; Windows 11", "LINE; LINE app",
        "シエンタ; Toyota Sienta", "日産サクラ; Nissan Sakura", "モデルY; Tesla Model Y", "ランエボ; Lancer Evolution",
        "ワゴンR; Suzuki Wagon R", "エアバスA350; A350", "ボーイング777; Boeing 777", "オスプレイ; MV-22 Osprey",
        "B2爆撃機; B-2 bomber", "クルードラゴン; Crew Dragon", "アルテミス2; Artemis II", "嫦娥6号; Chang'e-6",
        "ジェームズ・ウェッブ宇宙望遠鏡; JWST", "キンジャール; Kinzhal", "空母遼寧; Liaoning aircraft carrier",
        "ダイヤモンド・プリンセス; Diamond Princess", "ゼップバウンド; Zepbound", "コミナティ; Comirnaty",
        "スパイクバックス; Spikevax", "タミフル; Tamiflu", "ティアーズ オブ ザ キングダム; Tears of the Kingdom",
        "ポケカ; Pokemon cards", "ピカチュウ; Pikachu", "くまモン; Kumamon", "ミャクミャク; Myaku-Myaku",
        "推し、燃ゆ; Idol, Burning", "三体; The Three-Body Problem", "ラッセル2000; Russell 2000", "北海ブレント; Brent crude",
        "WTI原油; West Texas Intermediate", "ストーカー規制法; Anti-Stalking Act", "旧優生保護法; Eugenic Protection Law",
        "暴対法; Anti-Organized Crime Act", "日本銀行法; Bank of Japan Act", "国連憲章; UN Charter",
        "下関条約; Treaty of Shimonoseki", "日朝平壌宣言; Pyongyang Declaration", "国際緊急経済権限法; IEEPA",
        "通商拡大法232条; Section 232", "ローマ規程; Rome Statute", "アブラハム合意; Abraham Accords",
        "アベノミクス; Abenomics", "一帯一路; Belt and Road Initiative", "GoToトラベル; Go To Travel",
        "成田エクスプレス; Narita Express", "コシヒカリ; Koshihikari", "Jアラート; J-Alert",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyProductEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-products.jsonl", 700);
    }
}
