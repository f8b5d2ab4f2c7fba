package dev.kiji.ner;

import static dev.kiji.ner.NewsPostPassTest.only;
import static dev.kiji.ner.NewsPostPassTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PERSON_TITLES and SHORT_FORMS on invented sentences, with the tagger's output given by hand. */
class NewsPeopleRulesTest {
    @Test
    void aPersonLosesAFinalTitle() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "会見した山田太郎教授と、マリア・ロペス・コーチが語った。";
        assertEquals(List.of("4:山田太郎/PERSON", "12:マリア・ロペス/PERSON"),
                run(p, t, "山田太郎教授/PERSON", "マリア・ロペス・コーチ/PERSON"));
    }

    @Test
    void aPersonLosesAPlayersOrAMinistersTitle() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "中村投手と、小川財務相が並んだ。";
        assertEquals(List.of("0:中村/PERSON", "6:小川/PERSON"), run(p, t, "中村投手/PERSON", "小川財務相/PERSON"));
    }

    @Test
    void titlesJoinedBy兼AllLeaveThePerson() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "鄧暁明共産党政治局員兼外相と、曹文政治局員兼外相が会った。";
        assertEquals(List.of("0:鄧暁明/PERSON", "15:曹文/PERSON"), run(p, t, "鄧暁明共産党政治局員兼外相/PERSON", "曹文政治局員兼/PERSON"));
    }

    @Test
    void anAnalystTypedAsHerCompanyIsThePerson() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "大和田証券の佐々木真理アナリストは述べた。";
        assertEquals(List.of("6:佐々木真理/PERSON"), run(p, t, "佐々木真理アナリスト/COMPANY"));
    }

    @Test
    void aSurnameAndGivenNameTypedOtherwiseIsAPersonWithoutItsTitle() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "数学を教える佐藤花子教諭は、同校の鈴木一郎社長にも話した。";
        assertEquals(List.of("6:佐藤花子/PERSON", "17:鈴木一郎/PERSON"),
                run(p, t, "佐藤花子教諭/COMPANY", "鈴木一郎/COMPANY"));
    }

    @Test
    void aNameTypedOtherwiseThatTookATitleOrItsFirstPartIsThePerson() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "連盟の佐藤花子政策局長と、挑戦者の鈴木一郎本因坊が会った。";
        assertEquals(List.of("3:佐藤花子/PERSON", "17:鈴木一郎/PERSON"),
                run(p, t, "佐藤花子政策局/POLITICAL", "鈴木一郎本因坊/EVENT"));
    }

    @Test
    void aRankOrAProducersTitleLeavesThePerson() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "対局した鈴木七段と、松竹の佐藤一郎プロデューサーが並んだ。";
        assertEquals(List.of("4:鈴木/PERSON", "13:佐藤一郎/PERSON"),
                run(p, t, "鈴木七段/COMPANY", "佐藤一郎プロデューサー/PERSON"));
    }

    @Test
    void placesAndBuildingsEndingInNameLikeKanjiStayAsTheyAre() {
        NewsPostPass p = only(NewsPostPass.Rule.PERSON_TITLES);
        String t = "熊本県合志市と広島城を訪れた。";
        assertEquals(List.of("3:合志市/LOCATION", "7:広島城/FACILITY"), run(p, t, "合志市/LOCATION", "広島城/FACILITY"));
    }

    @Test
    void aFullNamesSurnameBeforeATitleIsThatPerson() {
        NewsPostPass p = only(NewsPostPass.Rule.SHORT_FORMS);
        String t = "大統領の朴明洙氏が来日した。朴大統領は人権を語り、朴政権の方針を示した。";
        assertEquals(List.of("4:朴明洙/PERSON", "14:朴/PERSON", "25:朴/PERSON"),
                run(p, t, "朴明洙/PERSON", "朴政権/POLITICAL"));
    }

    @Test
    void aSurnameBeforeAnAcademicTitleOrSenseiIsThatPerson() {
        NewsPostPass p = only(NewsPostPass.Rule.SHORT_FORMS);
        String t = "山田太郎氏が受賞した。山田特別教授は喜び、山田先生と慕われる。";
        assertEquals(List.of("0:山田太郎/PERSON", "11:山田/PERSON", "21:山田/PERSON"), run(p, t, "山田太郎/PERSON"));
    }

    @Test
    void aSurnameInsideAWordOrWithoutATitleIsNotAPerson() {
        NewsPostPass p = only(NewsPostPass.Rule.SHORT_FORMS);
        String t = "山田太郎容疑者を逮捕した。山田容疑者は否認。小山田さんと山田村は無関係。";
        assertEquals(List.of("0:山田太郎/PERSON", "13:山田/PERSON"), run(p, t, "山田太郎/PERSON"));
    }

    @Test
    void aMinistersSurnameWithTheFusedTitleIsThePerson() {
        NewsPostPass p = only(NewsPostPass.Rule.SHORT_FORMS);
        String t = "高橋健司文科相が就任した。高橋文科相は会見で述べた。";
        assertEquals(List.of("0:高橋健司/PERSON", "13:高橋/PERSON"), run(p, t, "高橋健司/PERSON", "高橋文科相/FACILITY"));
    }

    @Test
    void aKatakanaNamesLastPartElsewhereIsThatPerson() {
        NewsPostPass p = only(NewsPostPass.Rule.SHORT_FORMS);
        String t = "決勝でカルロス・メンデスを破った。メンデスは涙を見せた。メンデスタジアムは別だ。";
        assertEquals(List.of("3:カルロス・メンデス/PERSON", "17:メンデス/PERSON"), run(p, t, "カルロス・メンデス/PERSON"));
    }

    @Test
    void aKatakanaNameBeforeAGovernmentOrCampWordIsTheLeader() {
        NewsPostPass p = only(NewsPostPass.Rule.LEADER_NAMES);
        String t = "ガルシア米政権の関税と、ノヴァク政権の予算、オルセン陣営の集会。";
        assertEquals(List.of("0:ガルシア/PERSON", "4:米/LOCATION", "12:ノヴァク/PERSON", "22:オルセン/PERSON"),
                run(p, t, "ノヴァク政権/POLITICAL"));
    }

    @Test
    void anOrganizationsRegimeAndATaggedPersonStayAsTheyAre() {
        NewsPostPass p = only(NewsPostPass.Rule.LEADER_NAMES);
        String t = "タリバン政権と、ヤマダ・タロウ氏のドミトリ・ペトロフ政権。";
        assertEquals(List.of("0:タリバン政権/POLITICAL", "17:ドミトリ・ペトロフ/PERSON"),
                run(p, t, "タリバン政権/POLITICAL", "ドミトリ・ペトロフ/PERSON"));
    }

    @Test
    void wordsAroundANameThatTheTaggerTookInAreCut() {
        NewsPostPass p = only(NewsPostPass.Rule.OUTER_WORDS);
        String t = "妻ハツさんと長男健太さん、妹尾真一さん。ベルナールゆかりの品とロワ賞受賞、日本映画の最高賞受賞。";
        assertEquals(List.of("1:ハツ/PERSON", "8:健太/PERSON", "13:妹尾真一/PERSON", "20:ベルナール/PERSON",
                        "31:ロワ賞/PRODUCT", "37:日本映画の最高賞受賞/PRODUCT"),
                run(p, t, "妻ハツ/PERSON", "長男健太/PERSON", "妹尾真一/PERSON", "ベルナールゆかり/PERSON", "ロワ賞受賞/PRODUCT",
                        "日本映画の最高賞受賞/PRODUCT"));
    }

    @Test
    void aMentionTheTaggerStartsAtTheCounterKaTakesInTheKanjiBeforeIt() {
        NewsPostPass p = only(NewsPostPass.Rule.OUTER_WORDS);
        String t = "記者の二本ヶ谷湊さんと、ヵ所。";
        assertEquals(List.of("3:二本ヶ谷湊/PERSON", "12:ヵ所/LOCATION"), run(p, t, "ヶ谷湊/PERSON", "ヵ所/LOCATION"));
    }
}
