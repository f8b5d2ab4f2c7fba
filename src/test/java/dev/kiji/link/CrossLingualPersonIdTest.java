package dev.kiji.link;

import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Person NIL ids of invented private people agree between a Japanese article (kanji name, tokens and
 * readings as Kuromoji gives them) and an English one in either name order; different people do not
 * collide.
 */
class CrossLingualPersonIdTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String id(Document d, String mention) {
        return LINKER.process(d).mentions().stream().filter(m -> m.text().equals(mention)).map(Mention::entity)
                .findFirst().orElseThrow();
    }

    private static String ja(String family, String familyReading, String given, String givenReading) {
        String name = family + given;
        return id(DocBuilder.ja("会見", name + "社長が会見した。").m(name, PERSON)
                .person(family, familyReading, given, givenReading).build(), name);
    }

    /** A katakana name in a Japanese article gets the id of the English spelling in an English one. */
    private static void assertSameAsEnglish(String katakana, String english) {
        Document d = DocBuilder.ja("会見", katakana + "氏が会見した。").m(katakana, PERSON).build();
        assertEquals(en(english), id(d, katakana));
    }

    private static String en(String name) {
        return id(DocBuilder.en("Briefing", "President " + name + " spoke.").m(name, PERSON).build(), name);
    }

    @ParameterizedTest(name = "{0}{2} = {4}")
    @CsvSource({
        // Kuromoji reads 陽 ヨウ; most people named 陽 in ENAMDICT are Akira
        "大塚, オオツカ, 陽, ヨウ, Akira Otsuka",
        "大塚, オオツカ, 陽, ヨウ, Otsuka Akira",
        "藤原, フジワラ, 和彦, カズヒコ, Kazuhiko Fujiwara",
        "藤原, フジワラ, 和彦, カズヒコ, FUJIWARA Kazuhiko",
        "小西, コニシ, 真理子, マリコ, Mariko Konishi",
        "三宅, ミヤケ, 聡, サトシ, Miyake Satoshi",
        "陽炎, カゲロウ, 雛, ヒナ, Hina Kagero",  // neither part in the readings table: still a Japanese name, kept exact
        "鴫蔵田, シギクラダ, 雛, ヒナ, Hina Shigikurata",  // a rare name voiced or not: keyed by its voicing skeleton
        // the dictionary's reading voices the second element, the English article does not (or the reverse)
        "新垣, アラガキ, 優子, ユウコ, Yuko Arakaki",
        "小田切, オダギリ, 亮, リョウ, Ryo Otagiri",
        "桑原, クワバラ, 梓, アズサ, Azusa Kuwahara",
        "勅使河原, テシガワラ, 徹, トオル, Toru Teshigahara",
        // the reading most bearers of a given name have today
        "長谷, ハセ, 健一, ケンイチ, Kenichi Hase",
        // a Japanese Brazilian's kanji surname and katakana given name: keyed by sound as a whole, as the English is
        "比嘉, ヒガ, パウロ, パウロ, Paulo Higa",
        "宮城, ミヤギ, マルコス, マルコス, Marcos Miyagi",
    })
    void kanjiNameAndEnglishNameInEitherOrderShareTheId(String family, String fr, String given, String gr, String english) {
        assertEquals(en(english), ja(family, fr, given, gr));
    }

    @ParameterizedTest(name = "{0}{2} != {4}")
    @CsvSource({
        "大塚, オオツカ, 陽, ヨウ, Yo Otsuka",
        "藤原, フジワラ, 和彦, カズヒコ, Kazuo Fujiwara",
        "三宅, ミヤケ, 聡, サトシ, Satoru Miyake",
        "小西, コニシ, 真理子, マリコ, Mariko Konishi Tanaka",
        "田村, タムラ, 恵, メグミ, Megumi Damura",
        "中島, ナカジマ, 聡, サトシ, Satoshi Nakamura",
    })
    void differentPeopleDoNotCollide(String family, String fr, String given, String gr, String english) {
        assertNotEquals(en(english), ja(family, fr, given, gr));
    }

    /**
     * Kuromoji reads a historical name and its title as one token (聖武天皇 ショウムテンノウ); the name is read alone
     * (invented monarchs here: the real ones are in the KB).
     */
    @ParameterizedTest(name = "{0} = {3}")
    @CsvSource({
        "鷹森天皇, タカモリテンノウ, nil:person:takamori, Emperor Takamori",
        "鷺沼皇后, サギヌマコウゴウ, nil:person:saganam, Empress Saginuma",  // no name ENAMDICT knows alone: by sound
    })
    void nameFusedWithItsTitleInOneTokenSharesTheEnglishId(String mention, String reading, String expected, String english) {
        Document d = DocBuilder.ja("宝物", mention + "が寺に納めた。").t(mention, reading, "名詞-固有名詞-人名-一般")
                .m(mention, PERSON).build();
        String id = id(d, mention);
        assertEquals(en(english), id);
        assertEquals(expected, id);
    }

    /** A surname particle is written apart in English and joined (or apart) in katakana. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "マルシオ・デソウザ, Marcio de Souza",
        "マルシオ・デ・ソウザ, Marcio de Souza",
        "カルロス・ドスサントス, Carlos dos Santos",
    })
    void surnameParticlesJoinTheSurname(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
    }

    /**
     * A person of Japanese descent abroad written all in katakana, each part a Japanese name of four or more letters,
     * keys as the English romaji does; a katakana name with a foreign part or short syllables stays keyed by sound.
     * Invented names.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "ハルミ・ナカソネ, Harumi Nakasone",
        "ナカソネ・ハルミ, Harumi Nakasone",
        "マルコス・ナカソネ, Marcos Nakasone",
    })
    void katakanaNamesOfJapaneseDescentShareTheEnglishId(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
    }

    /**
     * A Latin name in a language whose j sounds y (a Nordic, Finnish or Polish spelling in any part: {@code -nen},
     * {@code -sson}, {@code qv}, {@code -ski}) reads its j as katakana's ヨ, ヤ, and is keyed by sound as its katakana is
     * even when every part happens to be valid Hepburn ({@code Pekka Hakanen}).
     * English j stays ジ. Invented names.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "ペッカ・ハカネン, Pekka Hakanen",
        "ヨハン・ストランドクヴィスト, Johan Strandqvist",
        "ヤン・ポランスキ, Jan Polanski",
        "ヨン・ソルヴァソン, Jon Solvasson",
        "ジョン・ハリソン, John Harrison",
        "ジャネット・モリス, Janet Morris",
    })
    void jSoundsYInNordicAndCentralEuropeanNames(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
    }

    /** The j of an English name stays apart from the y of a Nordic one. */
    @org.junit.jupiter.api.Test
    void englishJIsNotY() {
        assertNotEquals(en("John Harrison"), en("Yon Harrison"));
        assertEquals(en("Jon Solvasson"), en("Yon Solvasson"));
    }

    /**
     * With the ENAMDICT spellings the production linker uses: a kanji full name ENAMDICT lists for one (historical)
     * person ({@code 田村恵} Tamura Kei) still takes the given name's reading most of its bearers have today.
     */
    @org.junit.jupiter.api.Test
    void theModernGivenNameReadingWinsOverADictionaryFullNamesReading() {
        EntityLinker withSpellings = new EntityLinker(KnowledgeBase.shared(), NameRomanizer.none(),
                new EnamdictRomanizer(dev.kiji.dict.NameDictionary::shared));
        Document ja = DocBuilder.ja("会見", "田村恵社長が会見した。").m("田村恵", PERSON)
                .person("田村", "タムラ", "恵", "メグミ").build();
        Document en = DocBuilder.en("Briefing", "President Megumi Tamura spoke.").m("Megumi Tamura", PERSON).build();
        assertEquals(withSpellings.process(en).mentions().get(0).entity(), withSpellings.process(ja).mentions().get(0).entity());
    }

    /** A relative named by the given name after a kinship word takes the family name of the article's person. */
    @org.junit.jupiter.api.Test
    void aRelativeNamedByTheGivenNameSharesTheFamilyName() {
        Document ja = DocBuilder.ja("優勝", "鷲尾颯太選手が優勝した。父の健吾さんは喜んだ。健吾さんは会場にいた。")
                .m("鷲尾颯太", PERSON).m("健吾", PERSON).m("健吾", PERSON)
                .person("鷲尾", "ワシオ", "颯太", "ソウタ").t("健吾", "ケンゴ", "名詞-固有名詞-人名-名").build();
        Document en = DocBuilder.en("Title", "Sota Washio won. His father, Kengo Washio, cheered.")
                .m("Sota Washio", PERSON).m("Kengo Washio", PERSON).build();
        Document enGiven = DocBuilder.en("Title", "Sota Washio won. His father, Kengo, cheered.")
                .m("Sota Washio", PERSON).m("Kengo", PERSON).build();
        String father = id(en, "Kengo Washio");
        assertEquals(father, id(ja, "健吾"));
        assertEquals(father, id(enGiven, "Kengo"));
        assertNotEquals(father, id(ja, "鷲尾颯太"));
        Document noKin = DocBuilder.ja("優勝", "鷲尾颯太選手が優勝した。健吾さんは喜んだ。").m("鷲尾颯太", PERSON).m("健吾", PERSON)
                .person("鷲尾", "ワシオ", "颯太", "ソウタ").t("健吾", "ケンゴ", "名詞-固有名詞-人名-名").build();
        assertEquals("nil:person:kengo", id(noKin, "健吾"), "without a kinship word the given name stays alone");
    }

    /**
     * A one-word foreign name is keyed by sound in either script, even where its katakana is valid Hepburn
     * (ビジャイ bijai; Vijay is not Hepburn), and initials in Latin letters inside katakana are written together, as
     * English writes them. Invented names.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "ビノイ, Vinoy",
        "カガメ, Kagame",
        "ルーラ, Lula",
        "Ｒ・Ｋ・ナラヤン, R.K. Narayan",
    })
    void oneWordNamesAndInitialsShareTheEnglishId(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
    }

    /**
     * A name with a Spanish accent reads j and a soft g as h and an opening h as silent, as katakana writes Spanish;
     * Icelandic and unaccented names keep their spelling (invented people).
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "ルシア・エレディア, Lucía Heredia",
        "フアン・ハラ・ソリス, Juan Jara Solís",
        "ヘラルド・オルティス, Gerardo Ortíz",
        "ヨン・ステファンソン, Jón Stefánsson",
        "ジュディ・ハリス, Judy Harris",
    })
    void spanishAccentsReadJAndHAsKatakanaDoes(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
    }

    /** A king's ordinal: 3世 and III key alike, and kings of one name stay apart (invented kings). */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "ベルナルド3世, Bernardo III",
        "ベルナルド三世, Bernardo III",
        "ベルナルド十二世, Bernardo XII",
    })
    void aRegnalOrdinalKeysAsItsNumber(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
        assertNotEquals(en("Bernardo II"), en(english));
    }

    /**
     * A Latin name whose every part happens to be valid Hepburn but none of whose parts ENAMDICT spells any kanji name
     * with ({@link KanjiNameSpellings}) is foreign and keyed by sound, like its katakana. Invented names.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "メレアニ・ロコベラ, Mereani Rokobera",
        "ロコベラ・メレアニ, Mereani Rokobera",
    })
    void hepburnSpelledForeignNamesShareTheEnglishId(String katakana, String english) {
        assertSameAsEnglish(katakana, english);
    }

    /** A Japanese one-word name ENAMDICT knows stays exact: it does not meet a foreign name of like sound. */
    @org.junit.jupiter.api.Test
    void aKnownJapaneseOneWordNameIsNotKeyedBySound() {
        Document d = DocBuilder.ja("会見", "サトウ氏が会見した。").m("サトウ", PERSON).build();
        assertNotEquals(en("Sato"), en("Saito"));
        assertEquals(en("Sato"), id(d, "サトウ"));
    }

    /**
     * A family name Kuromoji cuts in pieces (小鳥遊 → 小鳥|遊) takes ENAMDICT's family-name spelling, so the surname
     * alone gets the id of the full name and of the English surname.
     */
    @org.junit.jupiter.api.Test
    void aFamilyNameCutInPiecesIsReadAsTheFamilyName() {
        EntityLinker withSpellings = new EntityLinker(KnowledgeBase.shared(), NameRomanizer.none(),
                new EnamdictRomanizer(dev.kiji.dict.NameDictionary::shared));
        Document ja = DocBuilder.ja("会見", "小鳥遊氏が会見した。").t("小鳥", "オドリ", "名詞-一般").t("遊", "ユウ", "名詞-一般")
                .m("小鳥遊", PERSON).build();
        Document en = DocBuilder.en("Briefing", "Mr. Takanashi spoke.").m("Takanashi", PERSON).build();
        assertEquals(withSpellings.process(en).mentions().get(0).entity(), withSpellings.process(ja).mentions().get(0).entity());
    }
}
