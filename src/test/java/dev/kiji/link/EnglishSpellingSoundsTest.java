package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English spellings whose end katakana writes by sound: a final {@code -ce} is {@code s} (グレース, ランス), a final
 * {@code -ge} after a vowel {@code j} (ペイジ), {@code -ture} is {@code chur} (ネイチャー, ベンチャー): the phonetic
 * keys of the spelling and of the katakana agree.
 */
class EnglishSpellingSoundsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "グレース; grace",
        "ランス; lance",
        "ペイジ; paige",
        "ネイチャー; nature",
        "ベンチャーズ; ventures",
        "フューチャー; future",
    })
    void katakanaAndSpellingAgree(String katakana, String spelling) {
        assertEquals(PhoneticKey.ofRomaji(Hepburn.romanizeLong(katakana)), PhoneticKey.ofLatin(spelling));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = ';', value = {
        "grace; greg",
        "lance; lang",
        "nature; natter",
    })
    void theRulesDoNotMergeOtherEndings(String a, String b) {
        assertNotEquals(PhoneticKey.ofLatin(a), PhoneticKey.ofLatin(b));
    }
}
