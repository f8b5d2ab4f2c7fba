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
        "ヤニス・ペトル報道官は語った。; ヤニス・ペトル報道官; ヤニス・ペトル",
        "ソフィア王妃が訪れた。; ソフィア王妃; ソフィア",
        "北条京子代表は語った。; 北条京子代表; 北条京子",
        "羽田一馬九段が勝った。; 羽田一馬九段; 羽田一馬",
        "市長は語った。; 市長; 市長",   // a title alone is not emptied
    })
    void personTitlesStayOutside(String text, String mention, String expected) {
        CharView v = CharView.of(text, NerTagger.tokenizeNormalized(text));
        int a = v.text.indexOf(mention);
        List<Span> out = BoundaryFixer.fix(v, List.of(new Span(a, a + mention.length(), NerClass.PERSON)));
        assertEquals(expected, v.text.substring(out.get(0).start(), out.get(0).end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "若葉山（北斗部屋＝新潟県出身）; 北斗部屋＝; 北斗部屋; ORG_OTHER",   // a name＝affiliation line
        "静岡・愛知で大雨; 静岡・; 静岡; LOCATION",
        "、ミナト電機が発表; 、ミナト電機; ミナト電機; COMPANY",
        "Ｘ社のＡ・Ｂ・Ｃ; Ａ・Ｂ・Ｃ; A・B・C; PRODUCT",                 // inner dots stay
    })
    void punctuationThatNeverBeginsOrEndsANameIsTrimmed(String text, String mention, String expected, NerClass type) {
        CharView v = CharView.of(text, NerTagger.tokenizeNormalized(text));
        String m = java.text.Normalizer.normalize(mention, java.text.Normalizer.Form.NFKC);
        int a = v.text.indexOf(m);
        List<Span> out = BoundaryFixer.fix(v, List.of(new Span(a, a + m.length(), type)));
        assertEquals(expected, v.text.substring(out.get(0).start(), out.get(0).end()));
    }
}
