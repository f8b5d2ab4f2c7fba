package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "aragaki, arakaki", "odagiri, otagiri", "kuwabara, kuwahara", "teshigawara, teshigahara",
        "nakajima, nakashima", "yamazaki, yamasaki", "beppu, behhu",
    })
    void voicingAfterTheFirstSoundIsFoldedAway(String voiced, String unvoiced) {
        assertEquals(RomanKey.unvoiced(unvoiced), RomanKey.unvoiced(voiced));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"daisuke, taisuke", "goto, koto", "wada, hata", "bando, hando", "sato, saito"})
    void aNameKeepsItsFirstSoundAndItsVowels(String a, String b) {
        assertNotEquals(RomanKey.unvoiced(a), RomanKey.unvoiced(b));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ohno, ono", "satou, sato", "yuuki, yuki", "honma, honma", "namba, nanba"})
    void longVowelsAndLabialNFold(String spelling, String key) {
        assertEquals(key, RomanKey.part(spelling));
    }
}
