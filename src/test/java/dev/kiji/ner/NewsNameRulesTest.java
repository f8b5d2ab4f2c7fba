package dev.kiji.ner;

import static dev.kiji.ner.NewsPostPassTest.only;
import static dev.kiji.ner.NewsPostPassTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** APPOSITIVES, PAREN_ACRONYMS, NAME_USAGES and KNOWN_TYPES on invented sentences, the tagger's output given by hand. */
class NewsNameRulesTest {
    @Test
    void aQuotedNameAfterItsClassNounGetsTheClassType() {
        NewsPostPass p = only(NewsPostPass.Rule.APPOSITIVES);
        String t = "与党「新しい未来党」が勝ち、新しい未来党の候補が当選した。";
        assertEquals(List.of("3:新しい未来党/ORGANIZATION/POLITICAL", "14:新しい未来党/ORGANIZATION/POLITICAL"),
                run(p, t, "未来党/PRODUCT", "未来党/POLITICAL").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aQuotedSchoolGuesthouseOrBarAfterItsClassNoun() {
        NewsPostPass p = only(NewsPostPass.Rule.APPOSITIVES);
        assertEquals(List.of("5:鷲宮堂/ORGANIZATION/COMPANY", "13:浜木綿/FACILITY", "25:タッチダウン/ORGANIZATION/COMPANY"),
                run(p, "将棋教室「鷲宮堂」と民宿「浜木綿」とスポーツバー「タッチダウン」。").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aKatakanaNameAfterItsClassNounLosesTheNounAndGetsItsType() {
        NewsPostPass p = only(NewsPostPass.Rule.APPOSITIVES);
        String t = "古都ルアンパバーンと、美術館ルーヴル・ランスを訪ねた。企業ガバナンスも学んだ。";
        assertEquals(List.of("2:ルアンパバーン/LOCATION", "14:ルーヴル・ランス/FACILITY"),
                run(p, t, "古都ルアンパバーン/EVENT").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aKanjiNounDescribingTheClassNounGoesWithItButALegalFormDoesNot() {
        NewsPostPass p = only(NewsPostPass.Rule.APPOSITIVES);
        String t = "半導体大手ノルディア・テックと港湾都市マルセイユ、株式会社ヨツバ・ラボが組んだ。";
        assertEquals(List.of("5:ノルディア・テック/ORGANIZATION/COMPANY", "19:マルセイユ/LOCATION", "25:株式会社ヨツバ・ラボ/ORGANIZATION/COMPANY"),
                run(p, t, "半導体大手ノルディア・テック/PERSON", "港湾都市マルセイユ/FACILITY", "株式会社ヨツバ・ラボ/COMPANY")
                        .stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aLongerKanjiNounDescribingTheClassNounGoesWithItToo() {
        NewsPostPass p = only(NewsPostPass.Rule.APPOSITIVES);
        String t = "自動車調査会社ミライ・オートは述べた。";
        assertEquals(List.of("7:ミライ・オート/ORGANIZATION/COMPANY"),
                run(p, t, "自動車調査会社ミライ・オート/COMPANY").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void anAcronymAfterAMentionTakesItsTypeEverywhere() {
        NewsPostPass p = only(NewsPostPass.Rule.PAREN_ACRONYMS);
        String t = "欧州宇宙機関（ＥＳＡ）は発表した。ＥＳＡの計画は続く。";
        assertEquals(List.of("0:欧州宇宙機関/ORGANIZATION/POLITICAL", "7:ＥＳＡ/ORGANIZATION/POLITICAL",
                "17:ＥＳＡ/ORGANIZATION/POLITICAL"),
                run(p, t, "欧州宇宙機関/POLITICAL", "ＥＳＡ/COMPANY", "ＥＳＡ/COMPANY").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void anAcronymOfADescribedConceptIsDropped() {
        NewsPostPass p = only(NewsPostPass.Rule.PAREN_ACRONYMS);
        String t = "自宅で受診する仕組み（ＯＬＣ）を広げる。ＯＬＣは普及した。";
        assertEquals(List.of(), run(p, t, "ＯＬＣ/COMPANY", "ＯＬＣ/COMPANY"));
    }

    @Test
    void nationalitiesLanguagesAndTimeZonesHoldNoPlaceAndSerialsAreCut() {
        NewsPostPass p = only(NewsPostPass.Rule.NAME_USAGES);
        String t = "フランス人の記者がフランス語で書き、フランスで試験機2号機を見た。";
        assertEquals(List.of("18:フランス/LOCATION", "23:試験機/PRODUCT"),
                run(p, t, "フランス/LOCATION", "フランス/LOCATION", "フランス/LOCATION", "試験機2号機/PRODUCT"));
    }

    @Test
    void aPersonFollowedByATradeOrRouteWordIsTheShopOrTheRoute() {
        NewsPostPass p = only(NewsPostPass.Rule.TRADE_NAMES);
        String t = "ひさご屋の店主は、鷹森ルートを登った鷹森さんと屋根を直した。";
        assertEquals(List.of("0:ひさご屋/ORGANIZATION/COMPANY", "9:鷹森ルート/FACILITY", "18:鷹森/PERSON"),
                run(p, t, "ひさご/PERSON", "鷹森/PERSON", "鷹森/PERSON").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aPersonFollowedBy部屋IsASumoStable() {
        NewsPostPass p = only(NewsPostPass.Rule.TRADE_NAMES);
        String t = "鷲ノ浦部屋の力士で、部屋の鷲ノ浦さんが話した。";
        assertEquals(List.of("0:鷲ノ浦部屋/ORGANIZATION/OTHER", "13:鷲ノ浦/PERSON"),
                run(p, t, "鷲ノ浦/PERSON", "鷲ノ浦/PERSON").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aKnownOrganizationTakesTheKnowledgeBaseType() {
        NewsPostPass p = only(NewsPostPass.Rule.KNOWN_TYPES);
        String t = "日本銀行は会合を開き、山田は発言した。";
        assertEquals(List.of("0:日本銀行/ORGANIZATION/POLITICAL", "11:山田/PERSON"),
                run(p, t, "日本銀行/COMPANY", "山田/PERSON").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aFacilityWrittenAfterItsPlaceAndAMiddleDotIsThePlaceAndTheFacility() {
        NewsPostPass p = only(NewsPostPass.Rule.EVENT_SHAPES);
        String t = "公演は札幌・白樺ホールで、観測は南極・みずほ基地で続く。";
        assertEquals(List.of("3:札幌/LOCATION", "6:白樺ホール/FACILITY", "16:南極/LOCATION", "19:みずほ基地/FACILITY"),
                run(p, t, "札幌・白樺ホール/FACILITY", "南極・みずほ基地/FACILITY").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aTournamentTypedAsAPersonIsAnEventAndAPlaceWithItsVenueIsSplit() {
        NewsPostPass p = only(NewsPostPass.Rule.EVENT_SHAPES);
        String t = "山田建設カップオープンは19日、大阪・中央アリーナで開幕した。";
        assertEquals(List.of("0:山田建設カップオープン/EVENT", "16:大阪/LOCATION", "19:中央アリーナ/FACILITY"),
                run(p, t, "山田建設カップオープン/PERSON", "大阪・中央アリーナ/EVENT").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aNameTheTaggerStoppedBeforeACupIsTheCup() {
        NewsPostPass p = only(NewsPostPass.Rule.EVENT_SHAPES);
        String t = "ＫＢＣ杯で優勝し、ＫＢＣ杯戦にも出る。";
        assertEquals(List.of("0:ＫＢＣ杯/EVENT", "9:ＫＢＣ/ORGANIZATION/COMPANY"),
                run(p, t, "ＫＢＣ/COMPANY", "ＫＢＣ/COMPANY").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aFacilityOfOrdinaryNounsIsDroppedButALawOrANamedPlaceIsKept() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_COMPOUNDS);
        String t = "町の太陽光発電所と国立競技場は、労働基準法に従う。";
        assertEquals(List.of("9:国立競技場/FACILITY", "16:労働基準法/PRODUCT"),
                run(p, t, "太陽光発電所/FACILITY", "国立競技場/FACILITY", "労働基準法/PRODUCT"));
    }

    @Test
    void aCountryBeforeAForeignNameIsSplitOffAndAClassNounGivesTheType() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        String t = "韓国ネクソンと、英科学誌サイエンス・ニュースが報じた。";
        assertEquals(List.of("0:韓国/LOCATION", "2:ネクソン/ORGANIZATION/COMPANY", "8:英/LOCATION", "12:サイエンス・ニュース/PRODUCT"),
                run(p, t, "韓国ネクソン/COMPANY", "英科学誌サイエンス・ニュース/PERSON").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aMentionOverATopicOrSubjectParticleIsCutIntoThePiecesAroundIt() {
        // 会長 and 表彰, one common word each, are no pieces
        NewsPostPass p = only(NewsPostPass.Rule.INNER_PARTICLES);
        String t = "会長は新湊海運から表彰を受けた。町は改正港湾法に基づく。「春は名のみの」が流れた。";
        assertEquals(List.of("3:新湊海運/ORGANIZATION/COMPANY", "18:改正港湾法/PRODUCT", "29:春は名のみの/PRODUCT"),
                run(p, t, "会長は新湊海運から表彰/COMPANY", "町は改正港湾法/PRODUCT", "春は名のみの/PRODUCT")
                        .stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aKatakanaNameAfterACompassPartOrACityWordIsAPlace() {
        NewsPostPass p = only(NewsPostPass.Rule.DIRECTIONS);
        String t = "工業都市ラエと北部マダン州、首都ガスの料金。";
        assertEquals(List.of("4:ラエ/LOCATION", "9:マダン州/LOCATION"),
                run(p, t).stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void theCountryOfAVisitOrAStanceIsAPlace() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        String t = "首相の訪日と対米交渉、対中国政策、訪欧。歴訪日程は絶対日本で。";
        assertEquals(List.of("4:日/LOCATION", "7:米/LOCATION", "18:欧/LOCATION"),
                run(p, t).stream().map(NewsNameRulesTest::key).toList());
        String came = "外相が来日した。以来日曜は休み。将来日本で働く。来米した。";
        assertEquals(List.of("4:日/LOCATION"), run(p, came).stream().map(NewsNameRulesTest::key).toList(),
                "来日 is a coming to Japan; not 以来|日曜, 将来|日本, and 来 before another country is no such word");
    }

    @Test
    void aRunOfOneCharacterCountriesIsEachCountryWhateverTheTaggerMadeOfIt() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        String t = "欧米で人気。米中が対立。日欧の差。英米文学の講義。中米グアテマラへ。";
        assertEquals(List.of("0:欧/LOCATION", "1:米/LOCATION", "6:米/LOCATION", "7:中/LOCATION", "12:日/LOCATION",
                        "13:欧/LOCATION", "17:英米文学/ORGANIZATION/OTHER", "25:中米/LOCATION"),
                run(p, t, "欧米/LOCATION", "米中/PERSON", "日/LOCATION", "英米文学/ORG_OTHER", "中米/LOCATION").stream()
                        .map(NewsNameRulesTest::key).toList());
    }

    @Test
    void anEventsKatakanaHeadWordAloneIsTheEventUnlessTheKbKnowsTheWord() {
        NewsPostPass p = only(NewsPostPass.Rule.PROPAGATE);
        String t = "彼はヴェルタ・デ・ヴァルナで勝ち、ヴェルタでの勝利を喜んだ。ローマ・マラソンの日、ローマは晴れた。";
        assertEquals(List.of("2:ヴェルタ・デ・ヴァルナ/EVENT", "17:ヴェルタ/EVENT", "30:ローマ・マラソン/EVENT", "41:ローマ/LOCATION"),
                run(p, t, "ヴェルタ・デ・ヴァルナ/EVENT", "ヴェルタ/LOCATION", "ローマ・マラソン/EVENT", "ローマ/LOCATION").stream()
                        .map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aKatakanaWordThatBeginsWithACountrysLettersIsNotSplit() {
        NewsPostPass p = only(NewsPostPass.Rule.COUNTRY_SPLIT);
        String t = "イタリアのペルージャでプレーする。";
        assertEquals(List.of("5:ペルージャ/LOCATION"),
                run(p, t, "ペルージャ/LOCATION").stream().map(NewsNameRulesTest::key).toList());
        assertEquals(List.of("5:ロシア/LOCATION"), run(p, "相手国は ロシア", "ロシア/LOCATION").stream()
                .map(NewsNameRulesTest::key).toList());  // a country ending the text
    }

    @Test
    void aNameAfterKabushikiGaishaIsACompanyHereAndElsewhere() {
        NewsPostPass p = only(NewsPostPass.Rule.CORPORATE_NAMES);
        String t = "株式会社ひなた食品（大阪市）は、ひなた食品の新工場を株式会社ミドリ代表取締役と視察した。";
        assertEquals(List.of("0:株式会社ひなた食品/ORGANIZATION/COMPANY", "16:ひなた食品/ORGANIZATION/COMPANY",
                "26:株式会社ミドリ/ORGANIZATION/COMPANY"),
                run(p, t).stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void theOtherCorporateFormsNameABodyToo() {
        NewsPostPass p = only(NewsPostPass.Rule.CORPORATE_NAMES);
        String t = "医療法人あおぞら会と学校法人みどり学園は、あおぞら会の病院で会見した。";
        assertEquals(List.of("0:医療法人あおぞら会/ORGANIZATION/COMPANY", "10:学校法人みどり学園/ORGANIZATION/OTHER",
                "21:あおぞら会/ORGANIZATION/COMPANY"),
                run(p, t).stream().sorted(java.util.Comparator.comparingInt(x -> Integer.parseInt(x.substring(0, x.indexOf(':')))))
                        .map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aCompanyOfOrdinaryWordsBeforeItsPersonOrItsPlaceIsACompany() {
        NewsPostPass p = only(NewsPostPass.Rule.COMPANY_TAILS);
        assertEquals(List.of("0:すずらん証券/ORGANIZATION/COMPANY", "7:田中一郎/PERSON"),
                run(p, "すずらん証券の田中一郎アナリストは語った。", "田中一郎/PERSON").stream().map(NewsNameRulesTest::key).toList());
        assertEquals(List.of("7:五葉精機/ORGANIZATION/COMPANY", "12:岐阜県/LOCATION"),
                run(p, "部品メーカー、五葉精機（岐阜県関市）は語った。", "岐阜県/LOCATION").stream().map(NewsNameRulesTest::key).toList());
        assertEquals(List.of("5:田中一郎/PERSON"),
                run(p, "大手証券の田中一郎氏は語った。", "田中一郎/PERSON").stream().map(NewsNameRulesTest::key).toList(),
                "a rank, not a name");
        assertEquals(List.of("7:田中一郎/PERSON"),
                run(p, "すずらん証券は田中一郎氏を招いた。", "田中一郎/PERSON").stream().map(NewsNameRulesTest::key).toList(),
                "no context that names a company");
        assertEquals(List.of("7:白鷺精機/ORGANIZATION/COMPANY", "16:白鷺精機/ORGANIZATION/COMPANY"),
                run(p, "部品メーカーの白鷺精機が作った。白鷺精機によると好調だ。").stream().map(NewsNameRulesTest::key).toList(),
                "after a noun for a company, and elsewhere in the article");
    }

    @Test
    void aForeignNameAfterAWordThatClassesItAsACompanyIsThatCompany() {
        NewsPostPass p = only(NewsPostPass.Rule.COMPANY_TAILS);
        assertEquals(List.of("5:ヴェルモラ/ORGANIZATION/COMPANY"),
                run(p, "英製薬大手ヴェルモラの傘下。").stream().map(NewsNameRulesTest::key).toList(), "added");
        assertEquals(List.of("4:カルナス/ORGANIZATION/COMPANY"),
                run(p, "資源大手カルナスも点検した。", "カルナス/LOCATION").stream().map(NewsNameRulesTest::key).toList(),
                "a place's name that is also the company's");
        assertEquals(List.of("0:ソラノ/ORGANIZATION/COMPANY", "7:マジャールソラノ/ORGANIZATION/COMPANY"),
                run(p, "ソラノの子会社マジャールソラノが作る。", "ソラノ/COMPANY", "ソラノ/COMPANY")
                        .stream().map(NewsNameRulesTest::key).toList(), "in place of the parent's name inside it");
        assertEquals(List.of(), run(p, "大手スーパーと大手コンビニチェーンと大手ネット通販と大手ＩＴ企業。").stream()
                .map(NewsNameRulesTest::key).toList(), "kinds of company, not names");
        assertEquals(List.of(), run(p, "英製薬大手").stream().map(NewsNameRulesTest::key).toList(), "a class word ending the text");
        assertEquals(List.of("0:鷲宮物産/ORGANIZATION/COMPANY", "5:ヴェルモラ/ORGANIZATION/COMPANY"),
                run(p, "鷲宮物産系ヴェルモラが建てる。", "鷲宮物産系ヴェルモラ/COMPANY").stream().map(NewsNameRulesTest::key).toList(),
                "an affiliate and its parent");
        assertEquals(List.of("3:ヴェルモラ/ORGANIZATION/COMPANY"),
                run(p, "外資系ヴェルモラが建てる。", "外資系ヴェルモラ/COMPANY").stream().map(NewsNameRulesTest::key).toList(),
                "foreign-owned is no parent");
        assertEquals(List.of("0:中国/LOCATION"),
                run(p, "中国系ハッカーが侵入した。", "中国/LOCATION").stream().map(NewsNameRulesTest::key).toList(),
                "a common noun after 系 names nothing");
    }

    @Test
    void aNameBeforeACompanyTradeWordIsThatCompany() {
        NewsPostPass p = only(NewsPostPass.Rule.TRADE_NAMES);
        assertEquals(List.of("0:カモメ精工/ORGANIZATION/COMPANY", "7:山田/PERSON"),
                run(p, "カモメ精工と、山田産業相。", "カモメ/PERSON", "山田/PERSON").stream().map(NewsNameRulesTest::key).toList());
        assertEquals(List.of("0:鷲尾精工/ORGANIZATION/COMPANY", "5:鷲尾健太/PERSON"),
                run(p, "鷲尾精工の鷲尾健太社長。", "鷲尾精工/PERSON", "鷲尾健太/PERSON").stream().map(NewsNameRulesTest::key).toList(),
                "a person tagged with the trade word inside it");
    }

    @Test
    void anAdjectivalNounCountsAsAnOrdinaryWord() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_COMPOUNDS);
        assertEquals(List.of(), run(p, "近くの特別支援学校に通う。", "特別支援学校/FACILITY"));
    }

    @Test
    void aWordTheKbKnowsOnlyAsAPlaceIsAPlaceUnlessPartOfALongerNoun() {
        NewsPostPass p = only(NewsPostPass.Rule.REGION_COUNTRIES);
        assertEquals(List.of("6:山陰/LOCATION"),
                run(p, "片道は列車で山陰をめぐる。山陰本線に乗った。").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aTradeAfterADescriptiveWordIsNoName() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_COMPOUNDS);
        assertEquals(List.of(), run(p, "中堅製薬の株が上がった。", "中堅製薬/COMPANY"));
    }

    @Test
    void aKatakanaNameIpadicDoesNotKnowIsFoundWhenTheKbKnowsIt() {
        NewsPostPass p = only(NewsPostPass.Rule.KNOWN_NAMES);
        assertEquals(List.of("3:インドマレット/ORGANIZATION/COMPANY", "11:アルファマート/ORGANIZATION/COMPANY"),
                run(p, "地場のインドマレットとアルファマートが展開する。").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aPlaceBeforeItsDialectIsThePlace() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_HEADS);
        assertEquals(List.of("0:札幌/LOCATION"), run(p, "札幌弁で話した。", "札幌弁/FACILITY").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aPlaceOrKnownNameBeforeAGenericHeadIsThatName() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_HEADS);
        String t = "大阪株式市場と札幌市長選、日銀支店、アオゾラ事務所。";
        assertEquals(List.of("0:大阪/LOCATION", "7:札幌/LOCATION", "13:日銀/ORGANIZATION/POLITICAL", "18:アオゾラ事務所/FACILITY"),
                run(p, t, "大阪株式市場/FACILITY", "札幌市長選/EVENT", "日銀支店/COMPANY", "アオゾラ事務所/FACILITY").stream()
                        .map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aPlaceWithItsAdministrativeSuffixBeforeAnElectionIsThePlace() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_HEADS);
        String t = "任期満了に伴う宮崎県知事選と、青森市長選。";
        assertEquals(List.of("7:宮崎県/LOCATION", "15:青森/LOCATION"), // 市長選 is the head, as in 札幌市長選
                run(p, t, "宮崎県知事選/PERSON", "青森市長選/EVENT").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void anExhibitionTypedAsAPersonIsAnEvent() {
        NewsPostPass p = only(NewsPostPass.Rule.EVENT_SHAPES);
        String t = "鷲宮院展が開幕し、鷲宮展也さんが訪れた。";
        assertEquals(List.of("0:鷲宮院展/EVENT", "9:鷲宮展也/PERSON"),
                run(p, t, "鷲宮院展/PERSON", "鷲宮展也/PERSON").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void anAmendmentOrASumoRankInFrontOfANameIsLeftOut() {
        NewsPostPass p = only(NewsPostPass.Rule.LEADING_MODIFIERS);
        String t = "改正森林法の施行日、大関若葉山が勝った。";
        assertEquals(List.of("2:森林法/PRODUCT", "12:若葉山/PERSON"), run(p, t, "改正森林法/PRODUCT", "大関若葉山/PERSON"));
    }

    @Test
    void aMedalOrARoundAfterAnEventIsNoPartOfIt() {
        NewsPostPass p = only(NewsPostPass.Rule.EVENT_SHAPES);
        String t = "東京五輪銀の選手は、北京五輪２回戦で敗れた。";
        assertEquals(List.of("0:東京五輪/EVENT", "10:北京五輪/EVENT"),
                run(p, t, "東京五輪銀/COMPANY", "北京五輪２回戦/EVENT").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void aPartysPlaceInPowerIsLeftOut() {
        NewsPostPass p = only(NewsPostPass.Rule.LEADING_MODIFIERS);
        String t = "州与党ミラン人民党が勝った。";
        assertEquals(List.of("3:ミラン人民党/ORGANIZATION/POLITICAL"),
                run(p, t, "州与党ミラン人民党/POLITICAL").stream().map(NewsNameRulesTest::key).toList());
    }

    @Test
    void anOrganizationOfOrdinaryNounsIsDroppedButALegislatureIsKept() {
        NewsPostPass p = only(NewsPostPass.Rule.GENERIC_COMPOUNDS);
        String t = "地域政党が躍進し、国民議会が可決した。";
        assertEquals(List.of("9:国民議会/ORGANIZATION/POLITICAL"),
                run(p, t, "地域政党/POLITICAL", "国民議会/POLITICAL").stream().map(NewsNameRulesTest::key).toList());
    }

    private static String key(String s) {
        int slash = s.lastIndexOf('/');
        NerClass c = NerClass.valueOf(s.substring(slash + 1));
        return s.substring(0, slash) + "/" + c.type() + (c.subtype() == null ? "" : "/" + c.subtype());
    }
}
