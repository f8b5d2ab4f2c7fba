package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @Test
    void widthCaseAndSeparatorsFold() {
        assertEquals("nato", NameKey.of("ＮＡＴＯ"));
        assertEquals("nato", NameKey.of("N.A.T.O."));
        assertEquals(NameKey.of("アントニー・ブリンケン"), NameKey.of("アントニーブリンケン"));
        assertEquals(NameKey.of("アントニー・ブリンケン"), NameKey.of("アントニー＝ブリンケン"));
        assertEquals(NameKey.of("ｱﾝﾄﾆｰ･ﾌﾞﾘﾝｹﾝ"), NameKey.of("アントニー・ブリンケン"));
        assertEquals("erdogan", NameKey.of("Erdoğan"));
        assertEquals("jpmorgan", NameKey.of("J.P. Morgan"));
        assertEquals("izmir", NameKey.of("İzmir"), "lower case leaves a combining dot on the i");
        assertEquals(NameKey.of("セブン―イレブン"), NameKey.of("セブンイレブン"));
        assertEquals(NameKey.of("ワシミヤウイスキー"), NameKey.of("ワシミヤウヰスキー"), "obsolete kana read as today's");
        assertEquals(NameKey.of("エボシビール"), NameKey.of("ヱボシビール"));
        assertEquals("いえ", NameKey.of("ゐゑ"));
    }

    @ParameterizedTest
    @CsvSource({
        "ブリンケン米国務長官, ブリンケン",
        "アントニー・ブリンケン米国務長官, アントニー・ブリンケン",
        "トランプ前大統領, トランプ",
        "田中首相, 田中",
        "菅前首相, 菅",
        "岸田健さん, 岸田健",
        "山本容疑者, 山本",
        "プーチン露大統領, プーチン",
        "大統領, 大統領",
        "President Joe Biden, Joe Biden",
        "U.S. Secretary of State Antony Blinken, Antony Blinken",
        "Russian Foreign Minister Sergey Lavrov, Sergey Lavrov",
        "former Prime Minister Shinzo Abe, Shinzo Abe",
        "Mr. Sasaki, Sasaki",
        "Dr. Ana Ruiz, Ana Ruiz",
        "Russian Smith, Russian Smith",
        "President, President"
    })
    void personTitlesAreRemoved(String mention, String name) {
        assertEquals(name, Titles.person(mention).name(mention));
    }

    @Test
    void strippedRangeIsInsideTheMention() {
        String m = "U.S. President Joe Biden";
        Titles.Stripped s = Titles.person(m);
        assertEquals(15, s.from());
        assertEquals(m.length(), s.to());
        assertEquals("president", s.titles().get(0));
    }
}
