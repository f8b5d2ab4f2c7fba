package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The culture and business entries: films, novels, manga, series and games under their Japanese and English titles,
 * festivals, awards, museums and halls, artists, writers, directors, executives and global companies. Each Japanese
 * and English name resolves to one and the same entry, and the file carries no guessed QID.
 */
class KbCultureCoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "ハウルの動く城; Howl's Moving Castle", "天空の城ラピュタ; Castle in the Sky", "風立ちぬ; The Wind Rises",
        "火垂るの墓; Grave of the Fireflies", "天気の子; Weathering with You", "サマーウォーズ; Summer Wars",
        "竜とそばかすの姫; Belle", "犬王; Inu-Oh", "夜明け告げるルーのうた; Lu over the Wall",
        "攻殻機動隊; Ghost in the Shell", "シン・ゴジラ; Shin Godzilla", "万引き家族; Shoplifters",
        "おくりびと; Departures", "パラサイト 半地下の家族; Parasite", "英国王のスピーチ; The King's Speech",
        "それでも夜は明ける; 12 Years a Slave", "アナと雪の女王; Frozen", "シンドラーのリスト; Schindler's List",
        "罪と罰; Crime and Punishment", "星の王子さま; The Little Prince", "海辺のカフカ; Kafka on the Shore",
        "コンビニ人間; Convenience Store Woman", "鋼の錬金術師; Fullmetal Alchemist", "ジョジョの奇妙な冒険; JoJo's Bizarre Adventure",
        "ゴールデンカムイ; Golden Kamuy", "愛の不時着; Crash Landing on You", "ゲーム・オブ・スローンズ; Game of Thrones",
        "鎌倉殿の13人; The 13 Lords of the Shogun", "朝ドラ; Asadora", "メタルギア; Metal Gear", "原神; Genshin Impact",
        "神奈川沖浪裏; The Great Wave off Kanagawa", "パルムドール; Palme d'Or", "金獅子賞; Golden Lion",
        "アヌシー国際アニメーション映画祭; Annecy International Animation Film Festival", "プリツカー賞; Pritzker Prize",
        "ショパン国際ピアノコンクール; Chopin Competition", "フジロック; Fuji Rock Festival", "瀬戸内国際芸術祭; Setouchi Triennale",
        "ポンピドゥー・センター; Centre Pompidou", "メトロポリタン歌劇場; Metropolitan Opera", "スカラ座; La Scala",
        "サントリーホール; Suntory Hall", "大エジプト博物館; Grand Egyptian Museum", "帝国劇場; Imperial Theatre",
        "ウィーン楽友協会; Musikverein", "溝口健二; Kenji Mizoguchi", "伊丹十三; Juzo Itami", "湯浅政明; Masaaki Yuasa",
        "アンナ・サワイ; Anna Sawai", "浜辺美波; Minami Hamabe", "竹内まりや; Mariya Takeuchi", "坂口博信; Hironobu Sakaguchi",
        "松本清張; Seicho Matsumoto", "伊藤若冲; Ito Jakuchu", "葛飾北斎; Hokusai", "滝崎武光; Takemitsu Takizaki",
        "奥田健太郎; Kentaro Okuda", "ムケシュ・アンバニ; Mukesh Ambani", "アレックス・カープ; Alex Karp", "ルネ・ハース; Rene Haas",
        "ミストラルAI; Mistral AI", "ユーロビジョン・ソング・コンテスト; Eurovision", "ベネチア・ビエンナーレ; Venice Biennale", "あいちトリエンナーレ; Aichi Triennale",
        "ヤド・バシェム; Yad Vashem", "少女時代; Girls' Generation", "日向坂46; Hinatazaka46",
        "テイラー・スウィフト; Taylor Swift", "ショパン; Frederic Chopin", "スティーブン・スピルバーグ; Steven Spielberg",
        "ポン・ジュノ; Bong Joon-ho", "フランツ・カフカ; Franz Kafka", "フェルメール; Johannes Vermeer", "小澤征爾; Seiji Ozawa",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyCultureEntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-culture.jsonl", 500);
    }
}
