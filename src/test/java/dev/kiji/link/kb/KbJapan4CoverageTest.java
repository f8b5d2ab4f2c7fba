package dev.kiji.link.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fourth Japan file: mid-cap companies (shipbuilders, steel and chemical makers, machinery, food, retail and
 * restaurant chains, regional railways and bus companies, logistics, construction, games, publishers and magazines),
 * regional and satellite broadcasters, party and sports newspapers, sports clubs, festivals and annual events, and
 * national research institutes. Each Japanese and English name resolves to one and the same entry, and the file
 * carries no guessed QID.
 */
class KbJapan4CoverageTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "今治造船; Imabari Shipbuilding", "ジャパンマリンユナイテッド; Japan Marine United", "常石造船; Tsuneishi Shipbuilding",
        "三井E&S; Mitsui E&S", "山陽特殊製鋼; Sanyo Special Steel", "日本ゼオン; Zeon Corporation", "東洋紡; Toyobo",
        "三菱ガス化学; Mitsubishi Gas Chemical", "リンナイ; Rinnai", "ナブテスコ; Nabtesco", "DMG森精機; DMG Mori",
        "タダノ; Tadano", "井関農機; Iseki", "菊正宗; Kiku-Masamune", "六花亭; Rokkatei", "白い恋人; Shiroi Koibito",
        "コメリ; Komeri", "天満屋; Tenmaya", "一蘭; Ichiran", "天下一品; Tenkaippin", "神姫バス; Shinki Bus",
        "神奈中; Kanagawa Chuo Kotsu", "ことでん; Kotoden", "大井川鉄道; Oigawa Railway", "智頭急行; Chizu Express",
        "阪堺電気軌道; Hankai Tramway", "佐渡汽船; Sado Kisen", "上組; Kamigumi", "関電工; Kandenko", "日本工営; Nippon Koei",
        "サンケイビル; Sankei Building", "ホテルオークラ; Hotel Okura", "アトラス; Atlus", "ブシロード; Bushiroad",
        "ドワンゴ; Dwango", "幻冬舎; Gentosha", "早川書房; Hayakawa Publishing", "週刊少年ジャンプ; Weekly Shonen Jump",
        "週刊新潮; Shukan Shincho", "しんぶん赤旗; Akahata", "聖教新聞; Seikyo Shimbun", "中日スポーツ; Chunichi Sports",
        "北海道テレビ; Hokkaido Television Broadcasting", "仙台放送; Sendai Broadcasting", "新潟放送; Broadcasting System of Niigata",
        "静岡朝日テレビ; Shizuoka Asahi Television", "サンテレビ; Sun Television", "RCC中国放送; Chugoku Broadcasting",
        "テレビ新広島; TSS TV Shin-Hiroshima", "熊本県民テレビ; Kumamoto Kenmin Television", "テレビ神奈川; Television Kanagawa",
        "BSフジ; BS Fuji", "サントリーサンバーズ大阪; Suntory Sunbirds Osaka", "大阪ブルテオン; Osaka Bluteon",
        "日光アイスバックス; H.C. Tochigi Nikko Ice Bucks", "YOSAKOIソーラン祭り; Yosakoi Soran Festival",
        "全国植樹祭; National Tree Planting Festival", "十日戎; Toka Ebisu", "山鉾巡行; Yamaboko Junko",
        "ホーランエンヤ; Horan Enya", "酉の市; Tori-no-Ichi", "首里城祭; Shurijo Festival",
        "自然科学研究機構; National Institutes of Natural Sciences", "J-PARC; Japan Proton Accelerator Research Complex",
    })
    void japaneseAndEnglishNamesResolveToOneEntry(String japanese, String english) {
        DefaultKbNames.assertOneEntry(japanese, english);
    }

    @Test
    void everyJapan4EntryIsBuiltWithoutQid() {
        DefaultKbNames.assertCuratedFile("/dev/kiji/link/kb/curated-japan-4.jsonl", 340);
    }
}
