package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The splitting and filtering post-pass rules (ENUMERATION_SPLIT, COUNTRY_SPLIT, SEPARATORS, DIRECTIONS,
 * NAME_USAGES, NUMBERED_EVENTS, NATIONAL_SIDES, COMMON_NOUNS), each alone, on invented sentences with the tagger's mention given by hand.
 */
class NewsPostPassSplitTest {
    private static final NameDictionary DICT = NameDictionary.loadDefault();

    /** Applies {@code rule} (comma-separated rules) to the mention {@code surface/CLASS} (first occurrence) in {@code text}; "|"-joined results. */
    private static String run(String rule, String text, String mention) {
        List<Token> tokens = NerTagger.tokenizeNormalized(text);
        int slash = mention.lastIndexOf('/');
        String surface = mention.substring(0, slash);
        int a = text.indexOf(surface);
        assertTrue(a >= 0, surface);
        List<Span> spans = new ArrayList<>(List.of(new Span(a, a + surface.length(), NerClass.valueOf(mention.substring(slash + 1)))));
        EnumSet<NewsPostPass.Rule> rules = EnumSet.noneOf(NewsPostPass.Rule.class);
        for (String r : rule.split(",")) rules.add(NewsPostPass.Rule.valueOf(r.strip()));
        NewsPostPass pass = new NewsPostPass(DICT, rules);
        List<String> out = new ArrayList<>();
        for (Span s : pass.apply(text, tokens, spans)) out.add(s.start() + ":" + text.substring(s.start(), s.end()) + "/" + s.type().name());
        return String.join("|", out);
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = ';', value = {
        // a place list or a place before a facility splits at a dot between non-katakana characters
        "ENUMERATION_SPLIT; 大雨は岐阜・長野両県に及んだ。; 岐阜・長野/LOCATION; 3:岐阜/LOCATION|6:長野/LOCATION",
        "ENUMERATION_SPLIT; 式典は東京・日本武道館で開かれた。; 東京・日本武道館/FACILITY; 3:東京/LOCATION|6:日本武道館/FACILITY",
        // a dot between katakana is part of the name; events and organizations never split
        "ENUMERATION_SPLIT; 新会社ミドリ・テクノスが発足した。; ミドリ・テクノス/FACILITY; 3:ミドリ・テクノス/FACILITY",
        "ENUMERATION_SPLIT; 阪神・淡路大震災から三十年。; 阪神・淡路大震災/EVENT; 0:阪神・淡路大震災/EVENT",
        // places read as an organization are still the places; an organization with a place part is not
        "ENUMERATION_SPLIT; 店は大阪・梅田にある。; 大阪・梅田/ORG_OTHER; 2:大阪/LOCATION|5:梅田/LOCATION",
        "ENUMERATION_SPLIT; 大阪・ミナミ商会が出資した。; 大阪・ミナミ商会/COMPANY; 0:大阪・ミナミ商会/COMPANY",
        "ENUMERATION_SPLIT; 理事会は大学設置・学校法人審議会に諮った。; 大学設置・学校法人審議会/LOCATION; 4:大学設置・学校法人審議会/LOCATION",
        // organizations joined by a parallel particle are two organizations
        "ENUMERATION_SPLIT; 合併するミナミ製菓とあおぞら食品は発表した。; ミナミ製菓とあおぞら食品/COMPANY; 4:ミナミ製菓/COMPANY|10:あおぞら食品/COMPANY",
        "ENUMERATION_SPLIT; 北星銀行や南海証券が出資した。; 北星銀行や南海証券/COMPANY; 0:北星銀行/COMPANY|5:南海証券/COMPANY",
        // "both prefectures" after a place list belongs to no place
        "TRIM_INSIDE; 大雨は岐阜・長野両県に及んだ。; 長野両県/LOCATION; 6:長野/LOCATION",
        // countries alone or before generic nouns are the countries
        "COUNTRY_SPLIT; 日韓の閣僚が会った。; 日韓/COMPANY; 0:日/LOCATION|1:韓/LOCATION",
        "COUNTRY_SPLIT; 日本政府は声明を出した。; 日本政府/POLITICAL; 0:日本/LOCATION",
        "COUNTRY_SPLIT; ブラジル大統領が来日した。; ブラジル大統領/EVENT; 0:ブラジル/LOCATION|9:日/LOCATION",
        "COUNTRY_SPLIT; 部隊はベラルーシ国境に集結した。; ベラルーシ国境/POLITICAL; 3:ベラルーシ/LOCATION",
        "COUNTRY_SPLIT; 戦闘はシリア北部で続く。; シリア北部/LOCATION; 3:シリア/LOCATION",
        "COUNTRY_SPLIT; ドイツ製品の関税を下げた。; ドイツ製品/COMPANY; 0:ドイツ/LOCATION",
        "COUNTRY_SPLIT; 日ブラジル首脳は合意した。; 日ブラジル首脳/PRODUCT; 0:日/LOCATION|1:ブラジル/LOCATION",
        "COUNTRY_SPLIT; 露外務省は反発した。; 露外務省/POLITICAL; 0:露/LOCATION|1:外務省/POLITICAL",
        "COUNTRY_SPLIT; ロシア外務省は反発した。; ロシア外務省/POLITICAL; 0:ロシア/LOCATION|3:外務省/POLITICAL",
        "COUNTRY_SPLIT; ロシア大統領府は反発した。; ロシア大統領府/POLITICAL; 0:ロシア/LOCATION|3:大統領府/POLITICAL",
        "COUNTRY_SPLIT; ウクライナ国家非常事態庁が訓練した。; ウクライナ国家非常事態庁/POLITICAL; 0:ウクライナ/LOCATION|5:国家非常事態庁/POLITICAL",
        "COUNTRY_SPLIT; 米大リーグの球団が動いた。; 米大リーグ/ORG_OTHER; 0:米/LOCATION|1:大リーグ/ORG_OTHER",
        // a country before a foreign company with a company tail, or a foreign place, or an agency (…局)
        "COUNTRY_SPLIT; 韓国ハヌル電子が新製品を出した。; 韓国ハヌル電子/COMPANY; 0:韓国/LOCATION|2:ハヌル電子/COMPANY",
        "COUNTRY_SPLIT; 米オレゴン州で山火事が起きた。; 米オレゴン州/LOCATION; 0:米/LOCATION|1:オレゴン州/LOCATION",
        "COUNTRY_SPLIT, ADMIN_SPLIT; 本社は米オレゴン州ビーバートンにある。; 米オレゴン州ビーバートン/LOCATION; 3:米/LOCATION|4:オレゴン州/LOCATION|9:ビーバートン/LOCATION",
        "COUNTRY_SPLIT; 中国税関総署局が発表した。; 中国税関総署局/POLITICAL; 0:中国/LOCATION|2:税関総署局/POLITICAL",
        // an association's Japanese name keeps its country, so does a katakana word with a non-company tail
        "COUNTRY_SPLIT; 日本カーリング協会が発表した。; 日本カーリング協会/ORG_OTHER; 0:日本カーリング協会/ORG_OTHER",
        "COUNTRY_SPLIT; 日本ハンドボール連盟が発表した。; 日本ハンドボール連盟/ORG_OTHER; 0:日本ハンドボール連盟/ORG_OTHER",
        // an age in parentheses closes a person's name; what follows its particle is another name
        "PAREN_SPLIT, PERSON_TITLES, LEADING_MODIFIERS; 府警は会社員北見拓海容疑者（38）を特許法違反で逮捕。; 会社員北見拓海容疑者（38）を特許法/PRODUCT; 6:北見拓海/PERSON|18:特許法/PRODUCT",
        "PAREN_SPLIT; 受賞は北見拓海さん（38）に決まった。; 北見拓海さん（38）に/PERSON; 3:北見拓海さん/PERSON",
        // a place and its board of education or assembly are one public body; a government office is political
        "PUBLIC_BODIES; 北杜市教育委員会は否定した。; 北杜市/LOCATION; 0:北杜市教育委員会/POLITICAL",
        "PUBLIC_BODIES; 同日、岐阜県教委が通知した。; 岐阜県/LOCATION; 3:岐阜県教委/POLITICAL",
        "PUBLIC_BODIES; 岐阜県議会議員の一人は述べた。; 岐阜県/LOCATION; 0:岐阜県議会/POLITICAL",
        "PUBLIC_BODIES; 岐阜県議会制度を学ぶ。; 岐阜県/LOCATION; 0:岐阜県/LOCATION",
        "PUBLIC_BODIES; 岐阜の議会は閉じた。; 岐阜/LOCATION; 0:岐阜/LOCATION",
        "PUBLIC_BODIES; 高山労基署が是正勧告した。; 高山労基署/COMPANY; 0:高山労基署/POLITICAL",
        "PUBLIC_BODIES; 高山精機が発表した。; 高山精機/COMPANY; 0:高山精機/COMPANY",
        "PUBLIC_BODIES; 高山用水の取水を減らす。; 高山/LOCATION; 0:高山用水/FACILITY",
        "PUBLIC_BODIES; 高山ダム湖で泳ぐ。; 高山/LOCATION; 0:高山/LOCATION",
        // a head word of one class types the name; a person keeps its type
        "HEAD_CLASSES; 高崎8号墳を調べた。; 高崎8号墳/PRODUCT; 0:高崎8号墳/FACILITY",
        "HEAD_CLASSES; ミナトア環礁に着いた。; ミナトア環礁/ORG_OTHER; 0:ミナトア環礁/LOCATION",
        // a katakana place keeps its class word, not a word going on in kanji
        "PLACE_CLASS_TAILS; 船はミナトア環礁に着いた。; ミナトア/LOCATION; 2:ミナトア環礁/LOCATION",
        "PLACE_CLASS_TAILS; 船はミナトア諸島に着いた。; ミナトア/LOCATION; 2:ミナトア諸島/LOCATION",
        "PLACE_CLASS_TAILS; ミナトア島民が集まった。; ミナトア/LOCATION; 0:ミナトア/LOCATION",
        "PLACE_CLASS_TAILS; 北見湾で漁をした。; 北見/LOCATION; 0:北見/LOCATION",
        // a country, a dot and a place are two places; a country before a company's word is not
        "ENUMERATION_SPLIT; 本部はスイス・ローザンヌにある。; スイス・ローザンヌ/ORG_OTHER; 3:スイス/LOCATION|7:ローザンヌ/LOCATION",
        "ENUMERATION_SPLIT; ドイツ・テレコムが発表した。; ドイツ・テレコム/COMPANY; 0:ドイツ・テレコム/COMPANY",
        // a country only news pairs with another counts after it, also before a relation word ending the kanji
        "COUNTRY_SPLIT; 日比の経済連携が進む。; 日比/LOCATION; 0:日/LOCATION|1:比/LOCATION",
        "COUNTRY_SPLIT; 日蘭交流の歴史は長い。; 日蘭交流/EVENT; 0:日/LOCATION|1:蘭/LOCATION",
        "COUNTRY_SPLIT; 日西交流の歴史は長い。; 日/LOCATION; 0:日/LOCATION|1:西/LOCATION",
        "COUNTRY_SPLIT; 日伯の外交関係は深い。; 日/LOCATION; 0:日/LOCATION|1:伯/LOCATION",
        "COUNTRY_SPLIT; 西日本で大雨が降った。; 西日本/LOCATION; 0:西日本/LOCATION",
        "COUNTRY_SPLIT; 株価は前日比で上がった。; 日/LOCATION; 4:日/LOCATION",
        "COUNTRY_SPLIT; 日印外相間戦略対話に臨んだ。; 日/LOCATION; 0:日/LOCATION",
        // a pair before a particle is the countries, tagged or not, also when a mention ran on through the particle
        "COUNTRY_SPLIT; 連合は日蘭の企業が組む。; 連合/ORG_OTHER; 0:連合/ORG_OTHER|3:日/LOCATION|4:蘭/LOCATION",
        "COUNTRY_SPLIT; 日豪の安全保障協力が進む。; 日豪の安全保障協力/PRODUCT; 0:日/LOCATION|1:豪/LOCATION",
        "COUNTRY_SPLIT; 選挙は4日朝の時点で終わった。; 選挙/EVENT; 0:選挙/EVENT",
        "COUNTRY_SPLIT; 毎日米を食べる。; 米/PRODUCT; 2:米/PRODUCT",
        "HEAD_CLASSES; 北見証券取引所に上場した。; 北見証券取引所/FACILITY; 0:北見証券取引所/COMPANY",
        "HEAD_CLASSES; 湊うどん本舗が出店した。; 湊うどん本舗/PRODUCT; 0:湊うどん本舗/COMPANY",
        "HEAD_CLASSES; 北見空港に着いた。; 北見空港/LOCATION; 0:北見空港/FACILITY",
        "HEAD_CLASSES; 小野神社の宮司が話した。; 小野神社/PERSON; 0:小野神社/PERSON",
        // a place in parentheses after a name the tagger ran into is an address too; 社 after a katakana company is outside
        "PAREN_SPLIT, ADMIN_SPLIT; 鷲宮ダム（岐阜県高山市）から放流した。; 鷲宮ダム（岐阜県高山市/LOCATION; 0:鷲宮ダム/LOCATION|5:岐阜県/LOCATION|8:高山市/LOCATION",
        "OUTER_WORDS; 新会社キリミネ社は同国の企業だ。; キリミネ社/COMPANY; 3:キリミネ/COMPANY",
        "OUTER_WORDS; 新聞の鷲宮新聞社が報じた。; 鷲宮新聞社/COMPANY; 3:鷲宮新聞社/COMPANY",
        // a municipal school's owner is a place of its own (a city university keeps its name); a town hall's section is the town
        "LEADING_MODIFIERS; 岐阜市立ながら中学校の生徒が出た。; 岐阜市立ながら中学校/FACILITY; 0:岐阜市/LOCATION|4:ながら中学校/FACILITY",
        "LEADING_MODIFIERS; 横浜市立大学の教授が述べた。; 横浜市立大学/COMPANY; 0:横浜市立大学/COMPANY",
        "LEADING_MODIFIERS; 県立鷲宮北高校の生徒が出た。; 県立鷲宮北高校/FACILITY; 2:鷲宮北高校/FACILITY",
        "LEADING_MODIFIERS; 県立鷲宮大学の教授が出た。; 県立鷲宮大学/COMPANY; 0:県立鷲宮大学/COMPANY",
        "GENERIC_HEADS; 前回のブダペスト大会では勝った。; ブダペスト大会/EVENT; 3:ブダペスト/LOCATION",
        "GENERIC_HEADS; 全国高校野球選手権大会が開幕した。; 全国高校野球選手権大会/EVENT; 0:全国高校野球選手権大会/EVENT",
        "LEADING_MODIFIERS; 原告の会社員北見拓海さんは述べた。; 会社員北見拓海さん/PRODUCT; 6:北見拓海/PERSON",
        "PAREN_SPLIT, PERSON_TITLES, LEADING_MODIFIERS; 原告の会社員北見拓海さん（41）は述べた。; 会社員北見拓海さん（41/PRODUCT; 6:北見拓海/PERSON",
        "LEADING_MODIFIERS; 会社員向けの鷲宮講座が開かれた。; 鷲宮講座/PRODUCT; 6:鷲宮講座/PRODUCT",
        "GENERIC_HEADS; 岐阜市危機管理課によると断水した。; 岐阜市危機管理課/POLITICAL; 0:岐阜市/LOCATION",
        // where a place lies or what a route passes are outside the place's name
        "GENERIC_HEADS; 荷は天津経由で運ぶ。; 天津経由/FACILITY; 2:天津/LOCATION",
        "GENERIC_HEADS; 船は釧路沖で沈んだ。; 釧路沖/LOCATION; 2:釧路/LOCATION",
        "GENERIC_HEADS; 工場はジャカルタ郊外にある。; ジャカルタ郊外/LOCATION; 3:ジャカルタ/LOCATION",
        "GENERIC_HEADS; 地震は京都市中心部を揺らした。; 京都市中心部/LOCATION; 3:京都市/LOCATION",
        // a state's ownership is outside a foreign company's name, not a kanji park's
        "LEADING_MODIFIERS; 国営ボルカニア・マイニングが輸出した。; 国営ボルカニア・マイニング/COMPANY; 2:ボルカニア・マイニング/COMPANY",
        "LEADING_MODIFIERS; 国営鷲宮記念公園を訪れた。; 国営鷲宮記念公園/FACILITY; 0:国営鷲宮記念公園/FACILITY",
        // a mention run across a quotation bracket: the quoted name apart, a described phrase before it dropped
        "INNER_PARTICLES; 鷲宮酒造の純米酒「月見波」が受賞した。; 鷲宮酒造の純米酒「月見波/PRODUCT; 9:月見波/PRODUCT",
        "INNER_PARTICLES; 映画「北見の夏」鷲宮監督が語った。; 北見の夏」鷲宮/PERSON; 3:北見の夏/PERSON|8:鷲宮/PERSON",
        // the kana reading glossed after a kanji person's name is the person; a nationality after a katakana name is not
        "READING_GLOSSES; 月見里玲奈（やまなし・れな）が得点した。; 月見里玲奈/PERSON; 0:月見里玲奈/PERSON|6:やまなし・れな/PERSON",
        "READING_GLOSSES; 鷲宮拓海（わしみや・たくみ）が得点した。; 鷲宮拓海/PERSON; 0:鷲宮拓海/PERSON|5:わしみや・たくみ/PERSON",
        "READING_GLOSSES; ヤン・ペテルス（ベルギー）が勝った。; ヤン・ペテルス/PERSON; 0:ヤン・ペテルス/PERSON",
        "READING_GLOSSES; 鷲宮（わしみや）市長が述べた。; 鷲宮/LOCATION; 0:鷲宮/LOCATION",
        // a short form in parentheses after a name is the name's alias: two mentions; a gloss that is no short form stays
        "PAREN_SPLIT; 調査は東海古代文化研究所（東古研）が担う。; 東海古代文化研究所（東古研）/FACILITY; 3:東海古代文化研究所/FACILITY|13:東古研/FACILITY",
        "PAREN_SPLIT; 北辰宇宙機構（ＨＳＡ）が発表した。; 北辰宇宙機構（ＨＳＡ）/POLITICAL; 0:北辰宇宙機構/POLITICAL|7:ＨＳＡ/POLITICAL",
        "PAREN_SPLIT; 北辰宇宙機構（ＨＳＡ）宇宙防衛センター（ＣＳＤＣ）が発表した。; 北辰宇宙機構（ＨＳＡ）宇宙防衛センター（ＣＳＤＣ/COMPANY; 0:北辰宇宙機構/COMPANY|7:ＨＳＡ/COMPANY|11:宇宙防衛センター/COMPANY|20:ＣＳＤＣ/COMPANY",
        "PAREN_SPLIT; 展示は青葉館（旧館）で開く。; 青葉館（旧館）/FACILITY; 3:青葉館（旧館）/FACILITY",
        "PAREN_SPLIT; 展示は青葉館（青葉）で開く。; 青葉館（青葉）/FACILITY; 3:青葉館/FACILITY|7:青葉/FACILITY",
        // a range's two ends; a score is no range
        "SEPARATORS; 特急は松本―長野間を走る。; 松本―長野/LOCATION; 3:松本/LOCATION|6:長野/LOCATION",
        "SEPARATORS; 臨時列車が大宮－高崎で出る。; 大宮－高崎/FACILITY; 5:大宮/FACILITY|8:高崎/FACILITY",
        "SEPARATORS; 試合は北星が3－1で制した。; 北星が3－1/LOCATION; 3:北星が3－1/LOCATION",
        // two katakana names joined so are a route between places, whatever the tagger typed; kanji names are not
        "SEPARATORS; 第1区間（リヨン―ディジョン）を走る。; リヨン―ディジョン/COMPANY; 5:リヨン/LOCATION|9:ディジョン/LOCATION",
        "SEPARATORS; 東西ホールディングス―北栄が提携した。; 東西ホールディングス―北栄/COMPANY; 0:東西ホールディングス―北栄/COMPANY",
        // a dateline is the place and the agency, whatever the tagger made of it
        "SEPARATORS; 【ジュネーブ＝共同】会議が開かれた。; ジュネーブ＝共同/EVENT; 1:ジュネーブ/LOCATION|7:共同/COMPANY",
        "SEPARATORS; （ナイロビ＝時事）選挙が行われた。; 選挙/EVENT; 1:ナイロビ/LOCATION|6:時事/COMPANY|9:選挙/EVENT",
        // a correspondent's byline is the place and the person; a desk is neither
        "SEPARATORS; 【バンガロール＝高比良紗和】州議会が開かれた。; バンガロール＝高比良紗和/PERSON; 1:バンガロール/LOCATION|8:高比良紗和/PERSON",
        "SEPARATORS; 【ロンドン＝経済部】市場が開いた。; 市場/COMPANY; 10:市場/COMPANY",
        // a country, a compass part or a dot, and a foreign place are two places
        "COUNTRY_SPLIT; ケニア南部モンバサ州で雨が降った。; ケニア南部モンバサ州/LOCATION; 0:ケニア/LOCATION|5:モンバサ州/LOCATION",
        "COUNTRY_SPLIT; ケニア・モンバサ州で雨が降った。; ケニア・モンバサ州/LOCATION; 0:ケニア/LOCATION|4:モンバサ州/LOCATION",
        // a country's forces before their base: the country and the base
        "COUNTRY_SPLIT; 米軍鷹森飛行場の移設。; 米軍鷹森飛行場/FACILITY; 0:米/LOCATION|2:鷹森飛行場/FACILITY",
                // a region, a country and a compass part are the region and the country
        "COUNTRY_SPLIT; 南米チリ中部で地震があった。; 南米チリ中部/LOCATION; 0:南米/LOCATION|2:チリ/LOCATION",
        "COUNTRY_SPLIT; アフリカ南部ナミビアを訪れた。; アフリカ南部ナミビア/LOCATION; 0:アフリカ/LOCATION|6:ナミビア/LOCATION",
                // a prefecture's border belongs to no place but the prefecture's name
        "TRIM_INSIDE; 熊本・大分県境で揺れた。; 大分県境/LOCATION; 3:大分/LOCATION",
        // a coast is no part of the sea's name; a magnitude is no product
        "DIRECTIONS; 津波は太平洋沿岸に到達した。; 太平洋沿岸/LOCATION; 3:太平洋/LOCATION",
        "NAME_USAGES; 地震の規模はＭ6.9と推定される。; Ｍ6.9/PRODUCT; ",
        "NAME_USAGES; 完成は2031年中の見込みだ。; 2031年中/PRODUCT; ",
        "NAME_USAGES; 状況は危機的だ。; 危機的/PRODUCT; ",
        "NAME_USAGES; ハンチントン病の新薬が出た。; ハンチントン/PERSON; ",
        "NAME_USAGES; ハンチントン氏の新薬が出た。; ハンチントン/PERSON; 0:ハンチントン/PERSON",
        // a superlative after a compass point and a place, whatever the tagger called it
        "DIRECTIONS; 西アフリカ最大の港だ。; 西アフリカ最大/COMPANY; 0:西アフリカ/LOCATION",
        "DIRECTIONS; 本州最東端の岬だ。; 本州最東端/LOCATION; 0:本州/LOCATION",
        // a country before nouns of its culture
        "COUNTRY_SPLIT; 韓国アニメ映画が人気だ。; 韓国アニメ映画/COMPANY; 0:韓国/LOCATION",
        // a country inside a proper name stays
        "COUNTRY_SPLIT; 日本相撲協会は処分を決めた。; 日本相撲協会/ORG_OTHER; 0:日本相撲協会/ORG_OTHER",
        "COUNTRY_SPLIT; 日本銀行は金利を据え置いた。; 日本銀行/POLITICAL; 0:日本銀行/POLITICAL",
        // a non-person mention ending in a person-only title is the person
        "TITLED_MENTIONS; 先発した森田投手は好投した。; 森田投手/COMPANY; 4:森田/PERSON",
        "TITLED_MENTIONS; 講演したアデバヨ准教授は述べた。; アデバヨ准教授/FACILITY; 4:アデバヨ/PERSON",
        "TITLED_MENTIONS; 東西大学教授会は反対した。; 東西大学教授/ORG_OTHER; 0:東西大学教授/ORG_OTHER",
        // a mention that stopped inside an office head's title after a name is the person, a person's too
        "TITLED_MENTIONS; 鷲尾健太裁判長は述べた。; 鷲尾健太裁判/COMPANY; 0:鷲尾健太/PERSON",
        "TITLED_MENTIONS; 鷲尾健太裁判長は述べた。; 鷲尾健太裁判/PERSON; 0:鷲尾健太/PERSON",
        "TITLED_MENTIONS; 同社の鷲尾健太広報部長は話した。; 鷲尾健太広報部/POLITICAL; 3:鷲尾健太/PERSON",
        "TITLED_MENTIONS; 鷲尾健太課長は話した。; 鷲尾健太/PERSON; 0:鷲尾健太/PERSON",
        "TITLED_MENTIONS; 東西商事経理部長が来た。; 東西商事経理部/COMPANY; 0:東西商事経理部/COMPANY",
        // numbered typhoons are events and replace what the tagger found inside them
        "NUMBERED_EVENTS; 台風７号は北上を続けた。; 台風/LOCATION; 0:台風７号/EVENT",
        "NUMBERED_EVENTS; 昨夜、台風第21号が上陸した。; 昨夜/PERSON; 0:昨夜/PERSON|3:台風第21号/EVENT",
        "NUMBERED_EVENTS; 国道４５号と国道439号線が通行止めだ。; 国道/LOCATION; 0:国道４５号/FACILITY|6:国道439号線/FACILITY",
        // a country before a side's 代表 is the side; a player representing it or a sport's name before it is not
        "NATIONAL_SIDES; 日本代表がネパールを破った。; 日本/LOCATION; 0:日本代表/ORG_OTHER",
        "NATIONAL_SIDES; 決勝で韓国女子代表に敗れた。; 韓国/LOCATION; 3:韓国女子代表/ORG_OTHER",
        "NATIONAL_SIDES; 米国代表の中村が勝った。; 米国/LOCATION; 0:米国/LOCATION",
        "NATIONAL_SIDES; 日本代表団が到着した。; 日本/LOCATION; 0:日本/LOCATION",
        "NATIONAL_SIDES; 鷲宮代表「ワシーズ」が勝った。; 鷲宮/LOCATION; 0:鷲宮/LOCATION",
        "NATIONAL_SIDES; 日本代表「ワシーズ」が勝った。; 日本/LOCATION; 0:日本代表/ORG_OTHER",
        "NATIONAL_SIDES; 日本代表主将の鷲尾が笑った。; 日本/LOCATION; 0:日本代表/ORG_OTHER",
        "NATIONAL_SIDES; ラグビー日本代表は強い。; ラグビー日本代表/ORG_OTHER; 4:日本代表/ORG_OTHER",
        // in a sports story the opponent of a result is a side too; elsewhere a place
        "NATIONAL_SIDES; クリケットの試合で韓国に3点差で勝った。; 韓国/LOCATION; 9:韓国/ORG_OTHER",
        "NATIONAL_SIDES; 交渉で韓国に3点差で勝った。; 韓国/LOCATION; 3:韓国/LOCATION",
        "NATIONAL_SIDES; クリケットの試合で日本が韓国を3点差で破った。; 日本/LOCATION; 9:日本/ORG_OTHER",
        "NATIONAL_SIDES; 交渉で日本が韓国を破った。; 日本/LOCATION; 3:日本/LOCATION",
        // a mention that is one dictionary common noun and no name is dropped; names stay
        "COMMON_NOUNS; 冷蔵庫の販売が伸びた。; 冷蔵庫/COMPANY; ",
        "COMMON_NOUNS; 田中の販売が伸びた。; 田中/PERSON; 0:田中/PERSON",
        // ENAMDICT lists フリー and カスト unclassified: a common noun still, unless a title follows
        "COMMON_NOUNS; フリーで首位に立った。; フリー/PERSON; ",
        "COMMON_NOUNS; カスト大統領が視察した。; カスト/PERSON; 0:カスト/PERSON",
    })
    void rule(String rule, String text, String mention, String expected) {
        assertEquals(expected == null ? "" : expected, run(rule, text, mention));
    }
}
