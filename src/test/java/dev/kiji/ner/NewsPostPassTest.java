package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each post-pass rule on invented sentences, with the tagger's output given by hand. */
class NewsPostPassTest {
    static final NameDictionary DICT = NameDictionary.loadDefault();
    private static final NewsPostPass PASS = new NewsPostPass(DICT);

    /** Applies {@code pass} to {@code text} with the given mentions ("surface/CLASS", first occurrence each). */
    static List<String> run(NewsPostPass pass, String text, String... mentions) {
        List<Token> tokens = NerTagger.tokenizeNormalized(text);
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String m : mentions) {
            int slash = m.lastIndexOf('/');
            String surface = m.substring(0, slash);
            int a = text.indexOf(surface, from);
            assertTrue(a >= 0, surface + " not in text after " + from);
            spans.add(new Span(a, a + surface.length(), NerClass.valueOf(m.substring(slash + 1))));
            from = a + surface.length();
        }
        List<String> out = new ArrayList<>();
        for (Span s : pass.apply(text, tokens, spans)) {
            out.add(s.start() + ":" + text.substring(s.start(), s.end()) + "/" + s.type().name());
        }
        return out;
    }

    private static List<String> run(String text, String... mentions) {
        return run(PASS, text, mentions);
    }

    /** A pass running only the given rules, with the default KB's names for the rules that use them. */
    static NewsPostPass only(NewsPostPass.Rule first, NewsPostPass.Rule... more) {
        return new NewsPostPass(DICT, EnumSet.of(first, more), KnownNames::ofDefaultKb);
    }

    @Test
    void latinPersonNamesTypedProductBecomePersons() {
        String t = "パリのKenji Tanakaとロンドンのは、TakeshiYamadaが報じた。";
        assertEquals(List.of("3:Kenji Tanaka/PERSON", "23:TakeshiYamada/PERSON"),
                run(t, "Kenji Tanaka/PRODUCT", "TakeshiYamada/PRODUCT"));
    }

    @Test
    void latinNamesNeedAKnownRomanizationAndDistinctParts() {
        String t = "新型のZorbex Quixplandと、TomTomの地図。";
        assertEquals(List.of("3:Zorbex Quixpland/PRODUCT", "21:TomTom/PRODUCT"),
                run(t, "Zorbex Quixpland/PRODUCT", "TomTom/PRODUCT"));
        assertFalse(PASS.looksLikeName("KENJI TANAKA"), "all-caps words are not a name shape");
        assertFalse(PASS.looksLikeName("Kenji Zorbex"), "every part must be a known name");
        assertTrue(PASS.looksLikeName("Kenji Tanaka"));
    }

    @Test
    void associationsFederationsAndUnionsAreOtherOrganizations() {
        NewsPostPass pass = only(NewsPostPass.Rule.ASSOCIATIONS);
        String t = "北陸造園業協会と全国卓球連盟、港湾労組は、ミナト建設協同で声明を出した。";
        assertEquals(List.of("0:北陸造園業協会/ORG_OTHER", "8:全国卓球連盟/ORG_OTHER", "15:港湾労組/ORG_OTHER",
                "21:ミナト建設/COMPANY"),
                run(pass, t, "北陸造園業協会/COMPANY", "全国卓球連盟/POLITICAL", "港湾労組/COMPANY", "ミナト建設/COMPANY"));
        assertEquals(List.of("0:協会/COMPANY"), run(pass, "協会は声明を出した。", "協会/COMPANY"), "the head alone is no name");
    }

    @Test
    void companiesWithNameWordsAreLeftAlone() {
        assertEquals(List.of("0:Tanaka Holdings/COMPANY"), run("Tanaka Holdings は増益。", "Tanaka Holdings/COMPANY"));
        assertEquals(List.of("3:Kenji Tanaka/PERSON"), run("東京のKenji Tanakaが報じた。", "Kenji Tanaka/COMPANY"));
    }

    @Test
    void joinedSurnamesOfTwoMentionedPeopleAreSplit() {
        String t = "アレクセイ・ショイグ国防相とトニー・ロジャース長官が会った。ショイグ・ロジャース会談は続いた。";
        List<String> out = run(t, "アレクセイ・ショイグ/PERSON", "トニー・ロジャース/PERSON", "ショイグ・ロジャース/PERSON");
        assertEquals(List.of("0:アレクセイ・ショイグ/PERSON", "14:トニー・ロジャース/PERSON", "30:ショイグ/PERSON",
                "35:ロジャース/PERSON"), out);
    }

    @Test
    void fullNameWithAGivenNameStaysWhole() {
        String t = "ジョン・スミス氏が来日した。スミス氏は語った。";
        assertEquals(List.of("0:ジョン・スミス/PERSON", "10:日/LOCATION", "14:スミス/PERSON"), run(t, "ジョン・スミス/PERSON", "スミス/PERSON"));
    }

    @Test
    void countryTokensOutsideMentionsBecomeLocations() {
        assertEquals(List.of("0:日/LOCATION", "1:米/LOCATION"), run("日米の協議は続く。"));
        assertEquals(List.of("0:ドイツ銀行/COMPANY"), run("ドイツ銀行が発表した。", "ドイツ銀行/COMPANY"),
                "a country inside or touching a mention is not added");
    }

    @Test
    void aRegionTokenTaggedPersonBecomesLocationButASurnameWithHonorificDoesNot() {
        assertEquals(List.of("0:宮崎/LOCATION", "3:大分/LOCATION"), run("宮崎、大分の両県で雨。", "宮崎/PERSON", "大分/LOCATION"));
        assertEquals(List.of("0:宮崎/PERSON"), run("宮崎氏が述べた。", "宮崎/PERSON"));
    }

    @Test
    void finalInsideIsTrimmedFromLocations() {
        assertEquals(List.of("0:大阪府/LOCATION"), run("大阪府内で会見した。", "大阪府内/LOCATION"));
        assertEquals(List.of("0:大阪府内/COMPANY"), run("大阪府内で会見した。", "大阪府内/COMPANY"), "only LOCATION");
    }

    @Test
    void addressesSplitIntoPrefectureAndMunicipalityByDefault() {
        String t = "兵庫県姫路市で会見した。";
        assertEquals(List.of("0:兵庫県/LOCATION", "3:姫路市/LOCATION"), run(t, "兵庫県姫路市/LOCATION"));
        assertEquals(List.of("0:兵庫県/LOCATION", "3:姫路市/LOCATION"),
                run(only(NewsPostPass.Rule.ADMIN_SPLIT), t, "兵庫県姫路市/LOCATION"));
        assertEquals(List.of("0:兵庫県姫路市/LOCATION"),
                run(only(NewsPostPass.Rule.TRIM_INSIDE), t, "兵庫県姫路市/LOCATION"), "the rule can be left out");
    }

    @Test
    void aSubUnitAfterAKnownOrganizationIsLeftOut() {
        assertEquals(List.of("0:警視庁/POLITICAL"),
                run(only(NewsPostPass.Rule.GENERIC_HEADS), "警視庁捜査1課が逮捕した。", "警視庁捜査1課/POLITICAL"));
        assertEquals(List.of("0:福岡県警/POLITICAL"),
                run(only(NewsPostPass.Rule.GENERIC_HEADS), "福岡県警久留米署が調べている。", "福岡県警久留米署/FACILITY"));
        assertEquals(List.of("0:宮内庁/POLITICAL"),
                run(only(NewsPostPass.Rule.GENERIC_HEADS), "宮内庁鷹森事務所が発表した。", "宮内庁鷹森事務所/COMPANY"), "an office");
                assertEquals(List.of("0:鷹森精工技術部/COMPANY"),
                run(only(NewsPostPass.Rule.GENERIC_HEADS), "鷹森精工技術部が開発した。", "鷹森精工技術部/COMPANY"), "an unknown company");
    }

    @Test
    void aPersonStoppedInsideTheGivenNameRunsOnToItsEnd() {
        NewsPostPass p = only(NewsPostPass.Rule.GIVEN_NAME_TAILS);
        assertEquals(List.of("0:岩崎颯真/PERSON"), run(p, "岩崎颯真（18）が入団した。", "岩崎颯/PERSON"));
        assertEquals(List.of("0:岩崎颯真/PERSON"), run(p, "岩崎颯真投手が入団した。", "岩崎颯/PERSON"), "before a title");
        assertEquals(List.of("0:岩崎颯/PERSON"), run(p, "岩崎颯真剣に語った。", "岩崎颯/PERSON"), "kanji run on: no name end");
    }

    @Test
    void aKanjiFullNameWithAPersonsTitleTypedOtherwiseIsThatPerson() {
        NewsPostPass p = only(NewsPostPass.Rule.GIVEN_NAME_TAILS);
        assertEquals(List.of("0:岩崎健太/PERSON"), run(p, "岩崎健太ヘッドコーチが語った。", "岩崎健太ヘッドコーチ/COMPANY"));
        assertEquals(List.of("0:岩崎電機社長/COMPANY"), run(p, "岩崎電機社長が語った。", "岩崎電機社長/COMPANY"),
                "a company's name before the title is no given name");
    }

    @Test
    void aWholeKanjiRunBeforeATitleThatIsARareSurnameAndAGivenNameIsThatPerson() {
        NewsPostPass p = only(NewsPostPass.Rule.GIVEN_NAME_TAILS);
        assertEquals(List.of("3:一尺八寸詩織/PERSON"), run(p, "同社の一尺八寸詩織取締役が謝罪した。"), "the tagger found nothing");
        assertEquals(List.of("4:一尺八寸詩織/PERSON"), run(p, "店を営む一尺八寸詩織さんは笑った。", "八寸詩織/PERSON"),
                "the tagger's mention inside the run gives way");
        assertEquals(List.of("4:月見里詩織/PERSON"), run(p, "研究した月見里詩織准教授は語った。"));
        assertEquals(List.of("4:四月一日/PERSON"), run(p, "挑戦者の四月一日七段が勝った。"),
                "a surname written like a date before a rank; its 日 is no country before 七段");
        assertEquals(List.of(), run(p, "北海道大学准教授が語った。"), "a place or body before the title");
        assertEquals(List.of("0:霧峰商事/COMPANY"), run(p, "霧峰商事一尺八寸詩織社長が語った。", "霧峰商事/COMPANY"),
                "the run starts at the company: no surname there");
    }

    @Test
    void twoPlacesAroundAWordForOutskirtsAreBothPlaces() {
        NewsPostPass p = only(NewsPostPass.Rule.SEPARATORS);
        assertEquals(List.of("0:ジャカルタ/LOCATION", "7:ブカシ/LOCATION"), run(p, "ジャカルタ郊外ブカシの工場。", "ジャカルタ郊外ブカシ/FACILITY"));
        assertEquals(List.of("0:ジャカルタ郊外/FACILITY"), run(p, "ジャカルタ郊外の工場。", "ジャカルタ郊外/FACILITY"), "no second place");
    }

    @Test
    void aTrainsTerminusAndOperatorLoseTheWordsAroundThem() {
        assertEquals(List.of("4:大牟田/LOCATION"),
                run(only(NewsPostPass.Rule.DIRECTIONS), "天神駅発大牟田行きの電車。", "発大牟田行き/LOCATION"));
        assertEquals(List.of("0:発寒/LOCATION"), run(only(NewsPostPass.Rule.DIRECTIONS), "発寒で降りた。", "発寒/LOCATION"),
                "a place named with 発");
        assertEquals(List.of("0:西鉄/COMPANY"),
                run(only(NewsPostPass.Rule.GENERIC_HEADS), "西鉄特急が止まった。", "西鉄特急/COMPANY"));
    }

    @Test
    void aNameRunningIntoAnAgeInParenthesesIsTheNameAlone() {
        assertEquals(List.of("0:小倉拓海/PERSON"), run(only(NewsPostPass.Rule.PAREN_SPLIT, NewsPostPass.Rule.TITLED_MENTIONS),
                "小倉拓海さん（33）は語った。", "小倉拓海さん（33/PRODUCT"), "no alias, and the title is left out");
    }

    @Test
    void anyKanjiNameBeforeSanIsAPersonEvenWhereTheDictionaryKnowsNeitherPart() {
        NewsPostPass p = only(NewsPostPass.Rule.PAREN_SPLIT, NewsPostPass.Rule.TITLED_MENTIONS);
        assertEquals(List.of("3:鰐淵鷹雄/PERSON"), run(p, "店主の鰐淵鷹雄さん（61）は語った。", "鰐淵鷹雄さん（61/PRODUCT"));
        assertEquals(List.of("0:鰐淵鷹雄さん株式会社/PRODUCT"), run(p, "鰐淵鷹雄さん株式会社の製品。", "鰐淵鷹雄さん株式会社/PRODUCT"),
                "さん not at the end: unchanged");
    }

    @Test
    void aOneCharacterCountryLeftOutsideAForeignPlaceIsTheCountry() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        assertEquals(List.of("4:米/LOCATION", "5:ワシミヤ州/LOCATION"), run(p, "14日、米ワシミヤ州で会った。", "ワシミヤ州/LOCATION"));
        assertEquals(List.of("2:ワシミヤ州/LOCATION"), run(p, "南米ワシミヤ州で会った。", "ワシミヤ州/LOCATION"), "南米 is one word");
        assertEquals(List.of("2:ワシミヤ/PRODUCT"), run(p, "お米ワシミヤを買った。", "ワシミヤ/PRODUCT"), "お米 is rice");
    }

    @Test
    void aPersonsAffiliationInParenthesesIsACompany() {
        NewsPostPass p = only(NewsPostPass.Rule.AFFILIATIONS);
        assertEquals(List.of("0:鷲尾颯太/PERSON", "5:東都体育大/COMPANY", "15:鷲尾健/PERSON"),
                run(p, "鷲尾颯太（東都体育大）が勝ち、鷲尾健（同）と鷲尾健（33）も出た。", "鷲尾颯太/PERSON", "鷲尾健/PERSON"));
        assertEquals(List.of("0:鷲尾颯太/PERSON", "5:米国/LOCATION"),
                run(p, "鷲尾颯太（米国）が勝った。", "鷲尾颯太/PERSON", "米国/LOCATION"), "a place found there keeps its type");
    }

    @Test
    void aQuotedNameIsTypedByItsEnding() {
        NewsPostPass p = only(NewsPostPass.Rule.QUOTED_NAMES);
        assertEquals(List.of("4:鷲宮みらい製糖/COMPANY", "15:港町くじらの会/ORG_OTHER", "26:しおさい荘/FACILITY"),
                run(p, "黒糖の「鷲宮みらい製糖」と、「港町くじらの会」と、「しおさい荘」。", "鷲宮みらい製糖/PRODUCT"));
        assertEquals(List.of("1:港の夜明け/PRODUCT"), run(p, "「港の夜明け」を読んだ。", "港の夜明け/PRODUCT"),
                "no ending that names a kind: a work's title");
        assertEquals(List.of("1:鷲宮/PERSON"), run(p, "「鷲宮さくら会」が開いた。", "鷲宮/PERSON"),
                "a mention inside that is not the whole quote: left alone");
    }

    @Test
    void prizesJoinedByToWithOneHeadAreTwoAndATitleWithToIsOne() {
        NewsPostPass p = only(NewsPostPass.Rule.ENUMERATION_SPLIT);
        assertEquals(List.of("0:敢闘賞/PRODUCT", "4:技能賞/PRODUCT"), run(p, "敢闘賞と技能賞を受けた。", "敢闘賞と技能賞/PRODUCT"));
        assertEquals(List.of("1:霧と港/PRODUCT"), run(p, "「霧と港」を読んだ。", "霧と港/PRODUCT"), "parts ending apart: a title");
    }

    @Test
    void aBranchAfterAKnownCompanyIsLeftOut() {
        assertEquals(List.of("0:ＪＲ西日本/COMPANY"),
                run(only(NewsPostPass.Rule.GENERIC_HEADS), "ＪＲ西日本米子支社が発表した。", "ＪＲ西日本米子支社/COMPANY"));
    }

    @Test
    void aShopAnInnOrABandNamedInQuotesAfterWhatItIsIsThatName() {
        NewsPostPass p = only(NewsPostPass.Rule.APPOSITIVES);
        assertEquals(List.of("9:鷹森亭/COMPANY"), run(p, "市内の日本料理店「鷹森亭」で会った。"));
        assertEquals(List.of("3:霧月荘/FACILITY"), run(p, "旅館「霧月荘」に泊まった。"));
        assertEquals(List.of("4:夜行灯/ORG_OTHER"), run(p, "バンド「夜行灯」が出演した。"));
        assertEquals(List.of(), run(p, "店の「おすすめ」を頼んだ。"), "no class noun right before the quote");
    }

    @Test
    void aPersonRunIntoATitleEndsWhereTheTitleStarts() {
        NewsPostPass p = only(NewsPostPass.Rule.GIVEN_NAME_TAILS);
        assertEquals(List.of("0:鷹森一郎/PERSON"), run(p, "鷹森一郎厚労相は述べた。", "鷹森一郎厚/PERSON"));
        assertEquals(List.of("0:聖武天皇/PERSON"), run(p, "聖武天皇は述べた。", "聖武天皇/PERSON"), "a title that ends the name stays");
        assertEquals(List.of("0:鷹森花子/PERSON"), run(p, "鷹森花子主任調査員が説明した。", "鷹森花子主任調査/PERSON"), "four characters into it");
        assertEquals(List.of("0:鷹森花子/PERSON"), run(p, "鷹森花子主任調査研究員が説明した。", "鷹森花子主任調査/PERSON"),
                "into a title that runs on past the mention");
        assertEquals(List.of("0:鷹森花子/PERSON"), run(only(NewsPostPass.Rule.PERSON_TITLES), "鷹森花子学芸研究士が説明した。",
                "鷹森花子学芸研究士/PERSON"), "a curator's title ending the mention goes");
    }

    @Test
    void aUnitOpeningTheMentionIsNoPlace() {
        assertEquals(List.of("5:姫路市/LOCATION"),
                run(only(NewsPostPass.Rule.ADMIN_SPLIT), "工場は同県姫路市にある。", "県姫路市/LOCATION"), "同県 is 'the same prefecture'");
    }

    @Test
    void hokkaidoIsAUnitOfAnAddressThoughItHasNoSuffixToken() {
        assertEquals(List.of("0:北海道/LOCATION", "3:旭川市/LOCATION"),
                run(only(NewsPostPass.Rule.ADMIN_SPLIT), "北海道旭川市で会見した。", "北海道旭川市/LOCATION"));
        assertEquals(List.of("0:北海道/LOCATION"), run(only(NewsPostPass.Rule.ADMIN_SPLIT), "北海道で会見した。", "北海道/LOCATION"));
    }

    @Test
    void aMentionRunningOutOfAnAliasEndsAtItsClosingParenthesis() {
        NewsPostPass p = only(NewsPostPass.Rule.PAREN_SPLIT);
        String t = "北辰機構（ＨＫＫ）とも歩調を合わせる。";
        assertEquals(List.of("5:ＨＫＫ/PRODUCT"), run(p, t, "ＨＫＫ）とも歩調を合わせる/PRODUCT"));
    }

    @Test
    void aCountryBeforeAMinistryOrAnAgencyIsSplitOff() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        assertEquals(List.of("0:ロシア/LOCATION", "3:外務省/POLITICAL"), run(p, "ロシア外務省は反発した。", "ロシア外務省/POLITICAL"));
        assertEquals(List.of("0:ハンガリー/LOCATION"), run(p, "ハンガリー議会は可決した。", "ハンガリー議会/POLITICAL"));
        assertEquals(List.of("0:ロシア鉄道/COMPANY"), run(p, "ロシア鉄道は運休した。", "ロシア鉄道/COMPANY"), "no ministry");
    }

    @Test
    void countriesBeforeAnAgreementTalksOrAFactoryAreTheCountries() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        assertEquals(List.of("0:日/LOCATION", "1:米/LOCATION"), run(p, "日米合意に沿う。", "日米合意/EVENT"));
        assertEquals(List.of("0:日/LOCATION", "1:韓/LOCATION"), run(p, "日韓首脳会談を開く。", "日韓首脳会談/EVENT"));
        assertEquals(List.of("0:日/LOCATION", "1:土/LOCATION"), run(p, "日土の友好を祝う。", "日土/LOCATION"), "土 is Turkey");
        assertEquals(List.of(), run(only(NewsPostPass.Rule.COUNTRY_SPLIT), "土日は休む。", "土日/LOCATION").stream()
                .filter(m -> m.endsWith("土/LOCATION")).toList(), "土日 is the weekend");
        assertEquals(List.of("0:メキシコ/LOCATION"), run(p, "メキシコ工場で作る。", "メキシコ工場/FACILITY"));
        assertEquals(List.of("0:中国/LOCATION"), run(p, "中国代表団が反対した。", "中国代表団/ORG_OTHER"));
        assertEquals(List.of("0:日/LOCATION", "1:エジプト/LOCATION"), run(p, "日エジプト両政府が合意した。", "日エジプト両政府/POLITICAL"));
    }

    @Test
    void aCompassPartBeforeOrAfterAPlaceIsOutsideIt() {
        NewsPostPass p = only(NewsPostPass.Rule.DIRECTIONS);
        String t = "東部ハルキウ州とフランス南東部、東部の町を訪れた。";
        assertEquals(List.of("2:ハルキウ州/LOCATION", "8:フランス/LOCATION"),
                run(p, t, "東部ハルキウ州/LOCATION", "フランス南東部/COMPANY"));
        assertEquals(List.of("0:ケニア/LOCATION"), run(p, "ケニア最大の港と南部、第1党を見た。", "ケニア最大/COMPANY", "南部/LOCATION",
                "第1党/POLITICAL"), "a superlative after a place; a compass part or a party's rank alone is no mention");
    }

    @Test
    void aPlaceACompassPartAndAPlaceInsideItAreTwoPlaces() {
        NewsPostPass p = only(NewsPostPass.Rule.DIRECTIONS);
        assertEquals(List.of("2:ミャンマー/LOCATION", "9:ミャワディ/LOCATION", "15:シリア/LOCATION", "20:アレッポ州/LOCATION"),
                run(p, "男はミャンマー東部ミャワディとシリア北部アレッポ州へ。", "ミャンマー東部ミャワディ/PERSON", "シリア北部アレッポ州/LOCATION"));
        assertEquals(List.of("0:ウクライナ東部戦線/FACILITY"), run(p, "ウクライナ東部戦線は膠着した。", "ウクライナ東部戦線/FACILITY"),
                "what follows the compass part is no place");
    }

    @Test
    void aMentionRunningIntoAnOpenParenthesisIsSplitIntoNameAndAlias() {
        String t = "海洋研究開発機構（ＪＡＭＳＴＥＣ）が発表した。";
        assertEquals(List.of("0:海洋研究開発機構/POLITICAL", "9:ＪＡＭＳＴＥＣ/POLITICAL"),
                run(t, "海洋研究開発機構（ＪＡＭＳＴＥＣ/POLITICAL"));
        assertEquals(List.of("0:海洋研究開発機構/POLITICAL", "9:ＪＡＭＳＴＥＣ/POLITICAL"),
                run(t, "海洋研究開発機構（ＪＡＭＳＴＥＣ）/POLITICAL"), "an acronym in balanced parentheses is a mention of its own");
    }

    @Test
    void aMentionsTextElsewhereInTheArticleGetsItsType() {
        String t = "ミドリテックは新工場を建てた。ミドリテックの社長は語った。";
        assertEquals(List.of("0:ミドリテック/COMPANY", "15:ミドリテック/COMPANY"), run(t, "ミドリテック/COMPANY"));
        assertEquals(List.of("0:北山/PERSON"), run("北山は北山口へ向かった。", "北山/PERSON"),
                "two-character texts are not propagated");
    }

    @Test
    void mentionsStartingWithFunctionWordsAreDropped() {
        assertEquals(List.of(), run("より大きな夢を描く。", "より大きな夢/PRODUCT"));
        assertEquals(List.of("0:大きな夢/PRODUCT"), run("大きな夢を描く。", "大きな夢/PRODUCT"), "連体詞 is allowed");
    }

    @Test
    void noRulesMeansNoChange() {
        NewsPostPass none = new NewsPostPass(DICT, Set.of());
        assertEquals(List.of("0:宮崎/PERSON", "3:より大きな夢/PRODUCT"),
                run(none, "宮崎、より大きな夢。", "宮崎/PERSON", "より大きな夢/PRODUCT"));
    }

    @Test
    void aGlossedReadingTheTaggerTypedOtherwiseIsThePerson() {
        assertEquals(List.of("0:月見里玲奈/PERSON", "6:やまなし・れな/PERSON"),
                run(only(NewsPostPass.Rule.READING_GLOSSES), "月見里玲奈（やまなし・れな）が得点した。", "月見里玲奈/PERSON", "やまなし・れな/COMPANY"));
    }
}
