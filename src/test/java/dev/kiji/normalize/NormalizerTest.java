package dev.kiji.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.NormalizedText;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ＮＡＴＯ加盟国|NATO加盟国",
        "ｶﾞｿﾘﾝ価格|ガソリン価格",
        "AT&amp;T社|AT&T社",
        "&#x6771;&#20140;|東京",
        "&bogus; &amp|&bogus; &amp",
        "第１０５回　大会|第105回 大会",
        "㈱テスト|(株)テスト",
        "𠮷野家と😀ＮＡＴＯ|𠮷野家と😀NATO",
    })
    void folds(String in, String expected) {
        assertEquals(expected, Normalizer.normalize(in).text());
    }

    @ParameterizedTest(name = "{0}: [{1},{2}) -> [{3},{4})")
    @CsvSource(delimiter = '|', value = {
        "外相はＮＡＴＯに|3|7|3|7",
        "ｶﾞｿﾘﾝ|0|2|0|3",
        "A&amp;B 社|0|3|0|7",
        "😀ＮＡＴＯ|2|6|2|6",
    })
    void mapsSpansBack(String in, int s, int e, int os, int oe) {
        NormalizedText n = Normalizer.normalize(in);
        assertEquals(new CharSpan(os, oe), n.toOriginal(s, e));
    }

    @org.junit.jupiter.api.Test
    void whitespaceRunsCollapseKeepingLineBreaks() {
        NormalizedText n = Normalizer.normalize("一 \t 二\r\n\r\n三");
        assertEquals("一 二\n三", n.text());
        assertEquals(new CharSpan(5, 9), n.toOriginal(3, 4));
    }

    @Property(tries = 300)
    void offsetMapIsMonotonicAndCoversOriginal(
            @ForAll @StringLength(max = 60) @Chars({'ア', 'ｶ', 'ﾞ', '　', ' ', '\n', '&', ';', '#', 'x', '1', 'Ｎ', '日', '😀'})
            @CharRange(from = 'a', to = 'e') String in) {
        NormalizedText n = Normalizer.normalize(in);
        int prevStart = 0;
        for (int i = 0; i < n.text().length(); i++) {
            int s = n.originalStart(i);
            int e = n.originalEnd(i);
            assertTrue(s < e && e <= in.length(), "unit " + i + " maps to [" + s + "," + e + ")");
            assertTrue(s >= prevStart, "map goes backwards at " + i);
            prevStart = s;
        }
        if (!n.text().isEmpty()) {
            CharSpan all = n.toOriginal(0, n.text().length());
            assertTrue(all.end() <= in.length());
        }
    }
}
