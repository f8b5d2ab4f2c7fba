package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Case tables of invented Japanese and English organization and facility names that must get the
 * same NIL key in either language (generic words translated through the bilingual lexicon, synonyms
 * folded, legal forms and the prefecture class dropped, a token ending in a generic word split by its
 * reading), and pairs that must not collide. Japanese names are given as Kuromoji-like tokens
 * {@code surface/reading|…} ({@code -} for no reading).
 */
class CrossLingualNilKeyTest {

    private static List<Token> tokens(String spec) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : spec.split("\\|")) {
            String[] sr = t.split("/");
            String reading = sr[1].equals("-") ? null : sr[1];
            out.add(new Token(new CharSpan(at, at + sr[0].length()), sr[0], sr[0], "名詞-一般", reading));
            at += sr[0].length();
        }
        return out;
    }

    private static String ja(EntityType type, String spec) {
        List<Token> toks = tokens(spec);
        StringBuilder name = new StringBuilder();
        toks.forEach(t -> name.append(t.surface()));
        return NilKey.of(type, name.toString(), toks);
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = ';', value = {
        "ORGANIZATION; 鷲宮/ワシミヤ|銀行/ギンコウ; Washimiya Bank",
        // subject words English writes as an adjective or a noun, loans of bureau and tourism
        "ORGANIZATION; 鷲宮/ワシミヤ|数学/スウガク|研究所/ケンキュウジョ; Washimiya Institute of Mathematics",
        "ORGANIZATION; 鷲宮/ワシミヤ|数学/スウガク|連合/レンゴウ; Washimiya Mathematical Union",
        "ORGANIZATION; 鷲宮/ワシミヤ|戦略/センリャク|研究所/ケンキュウジョ; Washimiya Strategy Institute",
        "ORGANIZATION; 鷲宮/ワシミヤ|貿易/ボウエキ; Washimiya Trading",
        // word choices of translators: coalition for 連合, optics for 光学, society for 協会
        "ORGANIZATION; 鷲宮/ワシミヤ|市民/シミン|連合/レンゴウ; Washimiya Citizens Coalition",
        "ORGANIZATION; 鷲宮/ワシミヤ|精密/セイミツ|光学/コウガク; Washimiya Precision Optics",
        "ORGANIZATION; 鷲宮/ワシミヤ|音楽/オンガク|協会/キョウカイ; Washimiya Music Society",
        // farm or ranch for 牧場, marsh or wetland for 湿原, surgical for 外科, restaurant for 料理店, festival for 祭り
        // a city's or prefecture's own hospital or museum, central hospitals, labour offices, councils, seafood
        "FACILITY; 鷲宮/ワシミヤ|市立/シリツ|市民/シミン|病院/ビョウイン; Washimiya City Hospital",
        "FACILITY; 鷲宮/ワシミヤ|県立/ケンリツ|歴史/レキシ|博物館/ハクブツカン; Washimiya Prefectural Museum of History",
        "FACILITY; 鷲宮/ワシミヤ|歴史/レキシ|館/カン; Washimiya History Museum",
        "FACILITY; 鷲宮/ワシミヤ|中央/チュウオウ|病院/ビョウイン; Washimiya Central Hospital",
        "FACILITY; 鷲宮/ワシミヤ|3/-|号/ゴウ|墳/フン; Washimiya Tomb No. 3",
        "ORGANIZATION; 鷲宮/ワシミヤ|労働/ロウドウ|基準/キジュン|監督/カントク|署/ショ; Washimiya Labor Standards Inspection Office",
        "ORGANIZATION; 鷲宮/ワシミヤ|労基/ロウキ|署/ショ; Washimiya Labour Standards Inspection Office",
        "ORGANIZATION; 鷲宮/ワシミヤ|水産物/スイサンブツ|審議会/シンギカイ; Washimiya Seafood Council",
        "ORGANIZATION; 鷲宮/ワシミヤ|シーフード/シーフード; Washimiya Seafood",
        "ORGANIZATION; 鷲宮/ワシミヤ|医師/イシ|ユニオン/ユニオン; Washimiya Doctors Union",
        "ORGANIZATION; 鷲宮/ワシミヤ|交流/コウリュウ|会/カイ; Washimiya Exchange Society",
        // a katakana loanword of a generic English word the table does not list reads as that word
        "ORGANIZATION; キリミネ/-|・/-|ヘリテージ/-|・/-|スピリッツ/-; Kirimine Heritage Spirits",
        "ORGANIZATION; 鷲宮/ワシミヤ|アトランティック/-|水産/スイサン; Washimiya Atlantic Fisheries",
        "ORGANIZATION; 鷲宮/ワシミヤ|牧場/ボクジョウ; Washimiya Farm",
        "ORGANIZATION; 鷲宮/ワシミヤ|牧場/ボクジョウ; Washimiya Ranch",
        "ORGANIZATION; 鷲宮/ワシミヤ|湿原/シツゲン|保全/ホゼン|協会/キョウカイ; Washimiya Marsh Conservation Society",
        "ORGANIZATION; 鷲宮/ワシミヤ|湿原/シツゲン|保全/ホゼン|協会/キョウカイ; Washimiya Wetland Conservation Association",
        "ORGANIZATION; 鷲宮/ワシミヤ|外科/ゲカ|学会/ガッカイ; Washimiya Surgical Society",
        "ORGANIZATION; 鷲宮/ワシミヤ|料理店/リョウリテン|協会/キョウカイ; Washimiya Restaurant Association",
        "ORGANIZATION; ワシミヤ/-|キッチン/-; Washimiya Kitchen",
        "ORGANIZATION; 在日/ザイニチ|ワシミヤ/-|料理店/リョウリテン|協会/キョウカイ; Washimiya Restaurant Association of Japan",
        "ORGANIZATION; ワシミヤ/-|ビジネス/-|協会/キョウカイ; Business Association of Washimiya",
        "ORGANIZATION; 鷲宮/ワシミヤ|ライン/-; Washimiya Line",
        // a line Kuromoji reads as one token with its 線; sports, sciences and trades English names in words
        "FACILITY; 鷲宮線/ワシミヤセン; Washimiya Line",
        "FACILITY; 鷲宮/ワシミヤ|新幹線/シンカンセン; Washimiya Shinkansen",
        "EVENT; 全/ゼン|日本/ニッポン|鷲宮/ワシミヤ|卓球/タッキュウ|選手権/センシュケン; All Japan Washimiya Table Tennis Championships",
        "FACILITY; 鷲宮/ワシミヤ|恐竜/キョウリュウ|博物館/ハクブツカン; Washimiya Dinosaur Museum",
        "FACILITY; 鷲宮/ワシミヤ|白亜紀/ハクアキ|資料館/シリョウカン; Washimiya Cretaceous Museum",
        "ORGANIZATION; 鷲宮/ワシミヤ|乗務員/ジョウムイン|ユニオン/ユニオン; Washimiya Crew Union",
        "ORGANIZATION; 日本/ニッポン|鷲宮/ワシミヤ|倉庫/ソウコ|協会/キョウカイ; Washimiya Warehousing Association of Japan",
        // a quarter's 町 read machi by Kuromoji, cho by English copy
        "ORGANIZATION; 鷲宮町/ワシミヤマチ|金属/キンゾク|研究所/ケンキュウジョ; Washimiyacho Metal Institute",
        // an l that plain katakana writes with ラ行: Lima = リマ, Aloha = アロハ
        "ORGANIZATION; リマ/リマ|音楽/オンガク|協会/キョウカイ; Lima Music Society",
        "ORGANIZATION; アロハ/アロハ|市民/シミン|連合/レンゴウ; Aloha Citizens Coalition",
        "ORGANIZATION; 鷲宮/ワシミヤ|穏健/オンケン|党/トウ; Washimiya Moderate Party",
        "ORGANIZATION; 鷲宮/ワシミヤ|ツーリズムビューロー/-; Washimiya Tourism Bureau",
        "ORGANIZATION; 鷲宮/ワシミヤ|アイランドエアホールディングス/-; Washimiya Island Air Holdings",
        // heritage sites (site is optional), quarantine stations, katakana loans English translates back
        "FACILITY; 鷲宮/ワシミヤ|宮跡/キュウセキ; Washimiya Palace",
        "FACILITY; 鷲宮/ワシミヤ|宮跡/キュウセキ; Washimiya Palace Site",
        "FACILITY; 鷲宮/ワシミヤ|古墳/コフン; Washimiya Kofun",
        "FACILITY; 鷲宮/ワシミヤ|古墳/コフン; Washimiya Tomb",
        "ORGANIZATION; 鷲宮/ワシミヤ|空港/クウコウ|検疫所/ケンエキショ; Washimiya Airport Quarantine Station",
        "ORGANIZATION; 鷲宮/ワシミヤ|・/-|エコノミクス/-; Washimiya Economics",
        "FACILITY; 鷲宮/ワシミヤ|パーク/-|ポート/-; Washimiya Park Port",
        "ORGANIZATION; 鷲宮銀/ワシミヤギン; Washimiya Bank",
        "ORGANIZATION; 鷲宮/ワシミヤ|森林管理署/シンリンカンリショ; Washimiya Forest Office",
        "FACILITY; 鷲宮/ワシミヤ|スキー場/スキージョウ; Washimiya Ski Resort",
        "FACILITY; 鷲宮/ワシミヤ|造船所/ゾウセンジョ; Washimiya Shipyard",
        // subject words of small organizations' names, in kanji and as katakana loans
        "ORGANIZATION; 鷲宮/ワシミヤ|資源/シゲン|研究/ケンキュウ; Washimiya Resources Research",
        "FACILITY; 鷲宮/ワシミヤ|睡眠/スイミン|クリニック/-; Washimiya Sleep Clinic",
        "ORGANIZATION; 鷲宮/ワシミヤ|日本語/ニホンゴ|学院/ガクイン; Washimiya Japanese Language Academy",
        "ORGANIZATION; 鷲宮/ワシミヤ|学院/ガクイン; Washimiya Gakuin",
        "ORGANIZATION; ワシミヤ/-|・/-|リソーシズ/-; Washimiya Resources",
        "FACILITY; 鷲宮/ワシミヤ|能楽堂/ノウガクドウ; Washimiya Noh Theater",
        "ORGANIZATION; 日欧/ニチオウ|鷲宮/ワシミヤ|研究所/ケンキュウジョ; Japan-Europe Washimiya Institute",
        "ORGANIZATION; 医療法人/イリョウホウジン|鷲宮/ワシミヤ|会/カイ; Washimiyakai",
        // Kuromoji splits an unknown kanji compound into lone kanji with native or name readings
        "ORGANIZATION; 鷲宮/ワシミヤ|精/シラゲ|工/コウ; Washimiya Seiko",
        "FACILITY; 翠/ミドリ|月/ツキ|荘/ソウ; Suigetsuso",
        "ORGANIZATION; 学校法人/ガッコウホウジン|鷲宮/ワシミヤ|学園/ガクエン; Washimiya Gakuen",
        "ORGANIZATION; 株式会社/カブシキガイシャ|鷲宮/ワシミヤ|運輸/ウンユ; Washimiya Logistics Co., Ltd.",
        "ORGANIZATION; 鷲宮/ワシミヤ|運送/ウンソウ; Washimiya Transport Inc.",
        "ORGANIZATION; 鷲宮/ワシミヤ|物流/ブツリュウ; Washimiya Transportation Corp.",
        "ORGANIZATION; 鷲宮/ワシミヤ|製薬/セイヤク; Washimiya Pharmaceuticals",
        // a university's short form, its subject, a policy institute; an Indonesian company's legal form
        "ORGANIZATION; 鷲宮/ワシミヤ|体育/タイイク|大/ダイ; Washimiya University of Physical Education",
        "ORGANIZATION; 鷲宮/ワシミヤ|政策/セイサク|研究所/ケンキュウジョ; Washimiya Policy Institute",
        "ORGANIZATION; 東/ヒガシ|アジア/アジア|政策/セイサク|研究所/ケンキュウジョ; East Asia Policy Institute",
        "ORGANIZATION; 鷲宮/ワシミヤ|運輸/ウンユ; PT Washimiya Logistics Tbk",
        // a generic word spelt in hiragana (and cut by Kuromoji) as English keeps it in romaji
        "ORGANIZATION; 鷲宮/ワシミヤ|み/ミ|らい/ライ|銀行/ギンコウ; Washimiya Mirai Bank",
        "ORGANIZATION; 鷲宮/ワシミヤ|製薬/セイヤク; Washimiya Pharma",
        "ORGANIZATION; 鷲宮/ワシミヤ|総研/ソウケン; Washimiya Research Institute",
        "ORGANIZATION; 鷲宮/ワシミヤ|電機/デンキ; Washimiya Electric Co.",
        "ORGANIZATION; 鷲宮/ワシミヤ|電子/デンシ; Washimiya Electronics",
        "ORGANIZATION; 鷲宮/ワシミヤ|電力/デンリョク; Washimiya Electric Power",
        "ORGANIZATION; 鷲宮/ワシミヤ|鉄道/テツドウ; Washimiya Railroad",
        "ORGANIZATION; 鷲宮/ワシミヤ|航空/コウクウ; Washimiya Airlines",
        "ORGANIZATION; 鷲宮/ワシミヤ|重工業/ジュウコウギョウ; Washimiya Heavy Industries",
        "ORGANIZATION; 鷲宮証券/ワシミヤショウケン; Washimiya Securities",
        "ORGANIZATION; 鷲宮/ワシミヤ|乳業/ニュウギョウ; Washimiya Dairy",
        "ORGANIZATION; 鷲宮/ワシミヤ|保健所/ホケンジョ; Washimiya Public Health Center",
        "ORGANIZATION; 鷲宮/ワシミヤ|保健所/ホケンジョ; Washimiya Health Center",
        "ORGANIZATION; 鷲宮/ワシミヤ|部屋/ヘヤ; Washimiya stable",
        "ORGANIZATION; 鷲宮/ワシミヤ|生命/セイメイ|保険/ホケン; Washimiya Life Insurance Company",
        "ORGANIZATION; 鷲宮/ワシミヤ|建設/ケンセツ; Washimiya Construction",
        "ORGANIZATION; 鷲宮/ワシミヤ|県/ケン|建設/ケンセツ|業/ギョウ|協会/キョウカイ; Washimiya Construction Industry Association",
        "ORGANIZATION; 鷲宮/ワシミヤ|労働局/ロウドウキョク; Washimiya Labor Bureau",
        "ORGANIZATION; 鷲宮/ワシミヤ|地方裁判所/チホウサイバンショ; Washimiya District Court",
        "ORGANIZATION; 鷲宮/ワシミヤ|地裁/チサイ; Washimiya District Court",
        "ORGANIZATION; 鷲宮/ワシミヤ|高裁/コウサイ; Washimiya High Court",
        "ORGANIZATION; 鷲宮/ワシミヤ|県警/ケンケイ; Washimiya Prefectural Police",
        "ORGANIZATION; 鷲宮/ワシミヤ|大学/ダイガク; University of Washimiya",
        "ORGANIZATION; 鷲宮/ワシミヤ|病院/ビョウイン; Washimiya Hospital",
        "ORGANIZATION; わしみや/-|フィナンシャルグループ/-; Washimiya Financial Group",
        "FACILITY; 鷲宮/ワシミヤ|線/セン; Washimiya Line",
        "FACILITY; 鷲宮/ワシミヤ|工場/コウジョウ; Washimiya Factory",
        "LOCATION; 鷲宮川/ワシミヤガワ; Washimiya River",
        "LOCATION; 鷲宮/ワシミヤ|川/カワ; Washimiya River",
        "LOCATION; 鷲宮湾/ワシミヤワン; Washimiya Bay",
        "LOCATION; 鷲宮/ワシミヤ|湖/コ; Lake Washimiya",
        "LOCATION; 鷲宮/ワシミヤ|半島/ハントウ; Washimiya Peninsula",
        "PRODUCT; 河川/カセン|法/ホウ; River Act",
        "PRODUCT; 鷲宮/ワシミヤ|条約/ジョウヤク; Treaty of Washimiya",
        "PRODUCT; 鷲宮/ワシミヤ|基準法/キジュンホウ; Washimiya Standards Law",
        "PRODUCT; 鷲宮/ワシミヤ|賞/ショウ; Washimiya Prize",
        "PRODUCT; 鷲宮/ワシミヤ|賞/ショウ; Washimiya Award",
        "FACILITY; 鷲宮/ワシミヤ|発電所/ハツデンショ; Washimiya Solar Plant",
        "FACILITY; 鷲宮/ワシミヤ|太陽光/タイヨウコウ|発電所/ハツデンショ; Washimiya Plant",
        "FACILITY; 鷲宮/ワシミヤ|メガソーラー/-; Washimiya Solar Power Plant",
        "ORGANIZATION; ノース/-|アンド/-|ロック/-; North & Rock",
        "ORGANIZATION; ノース/-|アンド/-|ロック/-; North and Rock",
        "EVENT; 台風/タイフウ|14/-|号/-; Typhoon No. 14",
        "EVENT; 鷲宮/ワシミヤ|地震/ジシン; Washimiya Earthquake",
        "ORGANIZATION; ネクサス/-; Nexus",
        // a Japanese word of two name parts written in katakana (a brand) keys as its romaji, not by sound; a loanword by sound
        "ORGANIZATION; マルタカ/-|スポーツ/-; Marutaka Sports",
        "ORGANIZATION; クリスタル/-|ラボ/-; Crystal Lab",
        "ORGANIZATION; ヴァルケア/-|エナジー/-; Valkea Energy",
        "EVENT; ＪＸＢ/-|スーパーリーグファイナル/-; JXB Super League Final",
        "EVENT; 鷲宮/ワシミヤ|ゲーム/-|ショー/-; Washimiya Game Show",
        "ORGANIZATION; ミナト/-|・/-|データ/-|ラボ/-; Minato Data Lab",
        "ORGANIZATION; カイト/-|・/-|シッピング/-; Kaito Shipping",
        "ORGANIZATION; 鷹森/タカモリ|光学/コウガク; Takamori Optical",
        "ORGANIZATION; 鷹森/タカモリ|光学/コウガク; Takamori Kogaku",
        "ORGANIZATION; 鷹森/タカモリ|鉄工所/テッコウジョ; Takamori Tekkosho",
        "ORGANIZATION; 鷹森/タカモリ|酒店/サカテン; Takamori Saketen",
        "PRODUCT; ほかほか/-|ストーブ/-|ＨＳ/-|２００/-; Hokahoka Stove HS-200",
        "PRODUCT; ミラ/-|・/-|ゾーン/-; Mira Zone",
        "ORGANIZATION; 鷲宮/ワシミヤ|薬品/ヤクヒン; Washimiya Yakuhin Co.",
        "ORGANIZATION; 鷲宮/ワシミヤ|国際/コクサイ|電機/デンキ; Washimiya Kokusai Electric",
        "ORGANIZATION; わし/-|の/-|もり/-|薬品/ヤクヒン; Washinomori Pharmaceutical",
        "ORGANIZATION; 鷲宮/ワシミヤ|市/シ|消防局/ショウボウキョク; Washimiya City Fire Department",
        // national institutions, labour and trade law, competitions, sea-floor features, loanwords translated back
        "FACILITY; 鷹森/タカモリ|国立/コクリツ|博物館/ハクブツカン; Takamori National Museum",
        "ORGANIZATION; 鷹森/タカモリ|特殊鋼/トクシュコウ; Takamori Special Steel Co.",
        "PRODUCT; 鷹森/タカモリ|労働/ロウドウ|法/ホウ; Takamori Labor Act",
        "PRODUCT; 鷹森/タカモリ|外国/ガイコク|為替/カワセ|及び/-|外国/ガイコク|貿易/ボウエキ|法/ホウ; Takamori Foreign Exchange and Foreign Trade Act",
        "EVENT; 鷹森/タカモリ|マラソン/-; Takamori Marathon",
        "EVENT; 鷹森/タカモリ|五輪/ゴリン; Takamori Olympics",
        "EVENT; 鷹森/タカモリ|天皇杯/テンノウハイ; Takamori Emperor's Cup",
        "EVENT; 鷹森/タカモリ|選手権/センシュケン; Takamori Championship",
        "LOCATION; 鷹森/タカモリ|トラフ/-; Takamori Trough",
        "LOCATION; 鷹森/タカモリ|海溝/カイコウ; Takamori Trench",
        "LOCATION; 鷹森/タカモリ|海峡/カイキョウ; Takamori Strait",
        "FACILITY; 鷹森/タカモリ|迎賓館/ゲイヒンカン; Takamori State Guest House",
        "FACILITY; 鷹森/タカモリ|高速鉄道/コウソクテツドウ; Takamori High Speed Rail",
        "ORGANIZATION; 鷹森/タカモリ|ケミカル/-; Takamori Chemical Co.",
        "ORGANIZATION; 鷹森/タカモリ|コミュニケーションズ/-; Takamori Communications",
        "ORGANIZATION; 鷹森/タカモリ|キャピタル/-|パートナーズ/-; Takamori Capital Partners",
        "ORGANIZATION; 鷹森/タカモリ|インダストリーズ/-; Takamori Industries",
        // trades, shops and natural places of small local names
        "ORGANIZATION; 鷹森/タカモリ|重機/ジュウキ; Takamori Heavy Machinery",
        "ORGANIZATION; 鷹森/タカモリ|オート/-; Takamori Auto",
        "ORGANIZATION; 鷹森/タカモリ|農園/ノウエン; Takamori Farm",
        "FACILITY; 鷹森/タカモリ|診療所/シンリョウジョ; Takamori Clinic",
        "ORGANIZATION; 鷹森/タカモリ|地方気象台/チホウキショウダイ; Takamori Local Meteorological Office",
        "LOCATION; 鷹森/タカモリ|礁湖/ショウコ; Takamori Lagoon",
        "ORGANIZATION; マリン/-|ハウス/-|たかもり/-; Marine House Takamori",
        "EVENT; 鷹森/タカモリ|ゲーム/-|ショウ/-; Takamori Game Show",
        // silent and Italian letters of an English spelling
        "FACILITY; ロヴィーニョ/-|・/-|スノーパーク/-; Rovigno Snow Park",
        "ORGANIZATION; ノックス/-|財団/ザイダン; Knox Foundation",
        "ORGANIZATION; ライト/-|研究所/ケンキュウジョ; Wright Institute",
        // a mountain read with 山's on-reading, a climbing route
        "LOCATION; 鷹森山/タカモリサン; Mount Takamori",
        "FACILITY; 鷹森/タカモリ|ルート/-; Takamori Trail",
        // federal bodies, a research institute translated with or without "Research", sports, -tion and -tech
        "ORGANIZATION; 連邦/レンポウ|憲法/ケンポウ|裁判所/サイバンショ; Federal Constitutional Court",
        "ORGANIZATION; 鷹森/タカモリ|経済/ケイザイ|研究所/ケンキュウジョ; Takamori Economic Research Institute",
        "ORGANIZATION; 鷹森/タカモリ|研究所/ケンキュウジョ; Takamori Research Institute",
        "ORGANIZATION; 鷹森/タカモリ|スポーツ/-; Takamori Sports",
        "EVENT; 鷹森/タカモリ|アニメーション/-|映画祭/エイガサイ; Takamori Animation Film Festival",
        "ORGANIZATION; 鷹森/タカモリ|バイオテック/-; Takamori Biotech",
        "LOCATION; 鷹森/タカモリ|湾/ワン; Takamori Gulf",
        "PRODUCT; 鷹森/タカモリ|賞/ショウ; Takamori",
        // go, care, justice and a network, shortened to ネット or Net; a loanword's English plural
        "ORGANIZATION; 鷹森/タカモリ|囲碁/イゴ|サロン/-; Takamori Go Salon",
        "ORGANIZATION; 鷹森/タカモリ|ケア/-|サービス/-; Takamori Care Service",
        "ORGANIZATION; 鷹森/タカモリ|正義/セイギ|ネット/-; Takamori Justice Network",
        "ORGANIZATION; 鷹森/タカモリ|正義/セイギ|ネット/-; Takamori Justice Net",
        "ORGANIZATION; 鷹森/タカモリ|ステイホテルズ/-; Takamori Stay Hotels",
        // a partnership agreement between countries, a steppe or grassland, a president's prize
        "PRODUCT; 鷹森/タカモリ|経済/ケイザイ|連携/レンケイ|協定/キョウテイ; Takamori Economic Partnership Agreement",
        "ORGANIZATION; 草原/ソウゲン|経済/ケイザイ|研究所/ケンキュウジョ; Steppe Economic Institute",
        "ORGANIZATION; 鷹森/タカモリ|草原/ソウゲン|財団/ザイダン; Takamori Grassland Foundation",
        "PRODUCT; 鷹森/タカモリ|プレジデント/-|賞/ショウ; Takamori President's Prize",
    })
    void japaneseAndEnglishNamesShareTheKey(EntityType type, String japanese, String english) {
        String k = ja(type, japanese);
        assertNotNull(k, japanese);
        assertEquals(k, NilKey.of(type, english, List.of()), japanese + " / " + english);
    }

    @ParameterizedTest(name = "{1} != {2}")
    @CsvSource(delimiter = ';', value = {
        "ORGANIZATION; 鷲宮/ワシミヤ|銀行/ギンコウ; Washimiya Securities",
        "ORGANIZATION; 鷲宮/ワシミヤ|電機/デンキ; Washimiya Electric Power",
        "ORGANIZATION; 鷲宮/ワシミヤ|地裁/チサイ; Washimiya High Court",
        "ORGANIZATION; 鷲宮/ワシミヤ|地裁/チサイ; Washimiya Family Court",
        "ORGANIZATION; 鷲宮/ワシミヤ|中央/チュウオウ|銀行/ギンコウ; Washimiya Bank",
        "ORGANIZATION; 鷲宮/ワシミヤ|運輸/ウンユ; Washimiya Airlines",
        "ORGANIZATION; 鷲宮/ワシミヤ|製薬/セイヤク; Washimiya Chemical",
        "ORGANIZATION; 鷹森/タカモリ|銀行/ギンコウ; Washimiya Bank",
        "LOCATION; 鷲宮/ワシミヤ|川/カワ; Washimiya",
        "EVENT; 台風/タイフウ|15/-|号/-; Typhoon No. 14",
        "PRODUCT; 河川/カセン|法/ホウ; River Treaty",
        "ORGANIZATION; ネクサス/-; Nokia",
        "ORGANIZATION; みどり/-|の/-|未来/ミライ|基金/キキン; Midorino Future Fund",
        "FACILITY; 鷹森/タカモリ|国立/コクリツ|博物館/ハクブツカン; Takamori Art Museum",
        "EVENT; 鷹森/タカモリ|マラソン/-; Takamori Cup",
        "LOCATION; 鷹森/タカモリ|トラフ/-; Takamori Trench",
        "ORGANIZATION; 鷹森/タカモリ|ケミカル/-; Takamori Steel",
        // a short loanword is generic only as a token of its own, not as the last sounds of a brand
        "ORGANIZATION; ヴァルケア/-|エナジー/-; Valkea Care Energy",
        "ORGANIZATION; 鷹森/タカモリ|重機/ジュウキ; Takamori Machinery",
        "ORGANIZATION; 鷹森/タカモリ|農園/ノウエン; Takamori Dairy",
        "ORGANIZATION; マグナ/-|研究所/ケンキュウジョ; Manya Institute",
        "LOCATION; 鷹森山/タカモリヤマ; Mount Takamori",
        // a bay is not the city on its shore
        "LOCATION; 鷲宮湾/ワシミヤワン; Washimiya",
        "LOCATION; 鷲宮/ワシミヤ|市/シ; Washimiya Bay",
    })
    void differentOrganizationsDoNotCollide(EntityType type, String japanese, String english) {
        assertNotEquals(ja(type, japanese), NilKey.of(type, english, List.of()), japanese + " / " + english);
    }

    @org.junit.jupiter.api.Test
    void aRiverWordInsideAPlaceNameIsNoRiver() {
        assertEquals("shinagawa", ja(EntityType.LOCATION, "品川/シナガワ|区/ク"));
        assertEquals("shinagawa", ja(EntityType.LOCATION, "品川/シナガワ"));
        assertEquals("edogawa", ja(EntityType.LOCATION, "江戸川/エドガワ|区/ク"));
        assertEquals("kawaguchi", ja(EntityType.LOCATION, "川/カワ|口/グチ"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "富山/トヤマ; toyama",
        "石橋/イシバシ; ishibashi",
        "中央/チュウオウ; chuo",
        "品川/シナガワ; shinagawa",
        "新線/シンセン; shinsen",
    })
    void singleCharacterGenericWordsNeverSplitAToken(String japanese, String key) {
        assertEquals(key, ja(ORGANIZATION, japanese));
        assertEquals(key, ja(FACILITY, japanese));
    }

    @org.junit.jupiter.api.Test
    void anEnglishPossessiveKeysLikeTheBareWord() {
        String bare = NilKey.of(EntityType.EVENT, "Takamori Emperor Cup", List.of());
        assertEquals(bare, NilKey.of(EntityType.EVENT, "Takamori Emperor's Cup", List.of()));
        assertEquals(bare, NilKey.of(EntityType.EVENT, "Takamori Emperor’s Cup", List.of()));
    }

    @org.junit.jupiter.api.Test
    void aTokenRunningPastTheNameStillKeysIt() {
        // 鷹森原|市内: the recognizer's name ends inside the tokenizer's last token, which is not among the name's
        assertEquals("takamorihara", NilKey.of(EntityType.LOCATION, "鷹森原市", tokens("鷹森原/タカモリハラ")));
        assertEquals(NilKey.of(EntityType.ORGANIZATION, "Takamorihara Bank", List.of()),
                NilKey.of(EntityType.ORGANIZATION, "鷹森原銀行", tokens("鷹森原/タカモリハラ")));
        assertEquals(null, NilKey.of(EntityType.ORGANIZATION, "鷹森原鷲", tokens("鷹森原/タカモリハラ")),
                "a kanji piece without a reading fails the key");
    }
}
