package dev.kiji.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "政府は来週、新しい経済対策を発表する方針だ。|ja",
        "ロンドンのJohn SmithとパリのMarie Durandが取材した。|ja",
        "NATO、EU、G7の首脳がBrusselsで会合を開いた。|ja",
        "The central bank said on Tuesday that it would keep interest rates unchanged.|en",
        "Prime Minister meets allies|en",
        "東京株式市場で日経平均が反発|ja",
    })
    void detects(String text, String lang) {
        assertEquals(lang, LanguageDetector.detect(null, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "정부는 다음 주 새로운 경제 대책을 발표할 방침이다.",
        "Die Regierung hat am Dienstag beschlossen, dass die Steuern nicht steigen werden.",
        "Le gouvernement a annoncé mardi que les impôts ne seront pas augmentés pour les familles.",
        "政府表示将在下周公布新的经济措施以支持就业。",
        "Правительство объявило о новых мерах поддержки экономики.",
        "12345 67890 !!! ---",
    })
    void rejects(String text) {
        DocumentException e = assertThrows(DocumentException.class, () -> LanguageDetector.detect(null, text));
        assertEquals(ErrorCode.UNSUPPORTED_LANGUAGE, e.code());
    }

    @ParameterizedTest
    @CsvSource({"ja-JP,ja", "EN,en", "en_US,en"})
    void trustsDeclaredLanguage(String hint, String lang) {
        assertEquals(lang, LanguageDetector.detect(hint, "whatever the text"));
    }

    @org.junit.jupiter.api.Test
    void rejectsDeclaredUnsupportedLanguage() {
        DocumentException e = assertThrows(DocumentException.class, () -> LanguageDetector.detect("de", "Hallo"));
        assertEquals(ErrorCode.UNSUPPORTED_LANGUAGE, e.code());
    }
}
