package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundaryFixerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "林准教授は語った。; 林准教授; 林",   // the longest title is cut, not 教授 alone
        "森教授は語った。; 森教授; 森",
        "小川主任研究員は語った。; 小川主任研究員; 小川",
        "大野市長は語った。; 大野市長; 大野",
        "ハリス氏は語った。; ハリス氏; ハリス",
        "市長は語った。; 市長; 市長",   // a title alone is not emptied
    })
    void personTitlesStayOutside(String text, String mention, String expected) {
        CharView v = CharView.of(text, NerTagger.tokenizeNormalized(text));
        int a = v.text.indexOf(mention);
        List<Span> out = BoundaryFixer.fix(v, List.of(new Span(a, a + mention.length(), NerClass.PERSON)));
        assertEquals(expected, v.text.substring(out.get(0).start(), out.get(0).end()));
    }
}
