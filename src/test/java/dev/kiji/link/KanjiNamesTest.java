package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.dict.NameDictionary;
import dev.kiji.doc.Token;
import dev.kiji.link.kb.NameReadings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Kanji person names are read name by name: a given name Kuromoji cuts into kanji takes the dictionary's reading of
 * the whole name, a family name Kuromoji tags as a place is found in the dictionary, a kanji family name before a
 * kana given name stays one name. The names and dictionary entries are invented.
 */
class KanjiNamesTest {
    /** A dictionary that knows the invented given name 晶樹 and the invented family names 西光院 and 東光院. */
    private static final NameRomanizer DICT = new NameRomanizer() {
        @Override
        public Optional<String> english(String japaneseName) {
            return Optional.empty();
        }

        @Override
        public List<String> givenNames(String kanji) {
            return kanji.equals("晶樹") ? List.of("Kouju", "Akiki", "Akinori") : kanji.equals("錬") ? List.of("Ren") : List.of();
        }

        @Override
        public List<String> familyNames(String kanji) {
            return kanji.equals("西光院") ? List.of("Saikouin") : kanji.equals("東光院") ? List.of("Toukouin") : List.of();
        }
    };
    private static final KanjiNames NAMES = new KanjiNames(NameReadings.shared(), DICT);

    private static List<Token> tokens(String... f) {
        return TestTokens.of(f);
    }

    private static String read(String name, List<Token> toks) {
        NameReadings.Split s = NAMES.split(name, toks, 0);
        return s == null ? null : s.at() + ":" + RomanKey.part(s.family()) + ":" + RomanKey.part(s.given());
    }

    @Test
    void givenNameCutIntoKanjiTakesTheDictionaryReadingThatStartsLikeKuromojis() {
        assertEquals("2:otsuka:akiki", read("大塚晶樹", tokens("大塚", "オオツカ", "名詞-固有名詞-人名-姓",
                "晶", "アキ", "名詞-一般", "樹", "ジュ", "名詞-接尾-一般")));
    }

    @Test
    void aDictionaryReadingEqualToKuromojisJoinedReadingWins() {
        assertEquals("2:otsuka:akinori", read("大塚晶樹", tokens("大塚", "オオツカ", "名詞-固有名詞-人名-姓",
                "晶", "アキ", "名詞-一般", "樹", "ノリ", "名詞-一般")));
    }

    @Test
    void aGivenNameKuromojiReadsAsOneTokenKeepsItsReading() {
        assertEquals("2:otsuka:masaki", read("大塚晶樹", tokens("大塚", "オオツカ", "名詞-固有名詞-人名-姓",
                "晶樹", "マサキ", "名詞-固有名詞-人名-名")));
    }

    @Test
    void aFamilyNameTaggedAsAPlaceIsFoundInTheDictionary() {
        assertEquals("3:saikoin:akiki", read("西光院晶樹", tokens("西光院", "サイコウイン", "名詞-固有名詞-地域-一般",
                "晶", "アキ", "名詞-一般", "樹", "ジュ", "名詞-接尾-一般")));
    }

    @Test
    void aKanjiFamilyNameBeforeAKanaGivenNameIsOneName() {
        assertEquals("2:otsuka:hikari", read("大塚ひかり", tokens("大", "オオ", "名詞-接頭", "塚", "ツカ", "名詞-一般",
                "ひかり", "ヒカリ", "名詞-固有名詞-人名-名")));
    }

    @Test
    void aNameKuromojiReadsAsOneFamilyNameTokenIsNotCutIntoTwoNames() {
        assertEquals(null, read("佐々木", tokens("佐々木", "ササキ", "名詞-固有名詞-人名-姓")));
        assertEquals("2:otsuka:akiki", read("大塚晶樹", tokens("大塚", "オオツカ", "名詞-固有名詞-人名-姓",
                "晶", "アキ", "名詞-一般", "樹", "ジュ", "名詞-接尾-一般")));
    }

    @Test
    void aGivenNameKuromojiReadsAsAVerbTakesTheDictionaryReading() {
        assertEquals("2:otsuka:ren", read("大塚錬", tokens("大塚", "オオツカ", "名詞-固有名詞-人名-姓", "錬", "ネ", "動詞-自立")));
    }

    @Test
    void aModernGivenNameTakesTheReadingMostOfItsBearersHave() {
        assertEquals("2:otsuka:haruto", read("大塚陽翔", tokens("大塚", "オオツカ", "名詞-固有名詞-人名-姓",
                "陽", "ヨウ", "名詞-固有名詞-人名-名", "翔", "ショウ", "名詞-固有名詞-人名-名")));
    }

    @Test
    void aShortFamilyNameThatLeavesNoKnownGivenNameGivesWayToACutThatDoes() {
        // the reading table knows 東 as a family name, but 光院晶樹 is no given name; 東光院 | 晶樹 are both listed
        assertEquals("3:tokoin:akiki", read("東光院晶樹", tokens("東", "ヒガシ", "名詞-一般", "光", "ヒカリ", "名詞-一般",
                "院", "イン", "名詞-接尾-一般", "晶", "アキ", "名詞-一般", "樹", "ジュ", "名詞-接尾-一般")));
    }

    @Test
    void aLongNameListedOnlyAsUnclassifiedIsAFamilyName() throws IOException {
        String tsv = "一乗山\tu\tIchijouzan\n乗山\tu\tNoriyama\n";
        NameDictionary dict = dictionary(tsv);
        EnamdictRomanizer romanizer = new EnamdictRomanizer(() -> dict);
        assertEquals(List.of("Ichijouzan"), romanizer.familyNames("一乗山"), "a rare family name of three kanji");
        assertEquals(List.of(), romanizer.familyNames("乗山"), "two kanji listed only unclassified: too weak");
    }

    @Test
    void aFullNameEntryIsReadWithoutTheDescriptionAfterItsComma() throws IOException {
        String tsv = "山野辺晶樹\th\tAkiki Yamanobe, Japanese curler\n";
        NameDictionary dict = dictionary(tsv);
        assertEquals(Optional.of(List.of("Akiki", "Yamanobe")), new EnamdictRomanizer(() -> dict).fullName("山野辺晶樹"));
    }

    /** A name dictionary read from the compiled resource's lines ({@code kanji TAB types TAB romanizations}). */
    private static NameDictionary dictionary(String tsv) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(tsv.getBytes(StandardCharsets.UTF_8));
        }
        return NameDictionary.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
