package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HepburnTest {
    @ParameterizedTest
    @CsvSource({"ササキ, sasaki", "ミノル, minoru", "キシダ, kishida", "ブリンケン, burinken", "ハットリ, hattori",
        "マッチャ, matcha", "ジョージ, joji", "ファイル, fairu", "ティー, ti", "しょうへい, shouhei", "チュウ, chuu",
        "ヴァイオリン, vaiorin"})
    void romanizes(String kana, String roman) {
        assertEquals(roman, Hepburn.romanize(kana));
    }

    @Test
    void nonKanaGivesNull() {
        assertNull(Hepburn.romanize("佐々木"));
    }

    @Test
    void romanKeysIgnoreOrderAndLongVowelSpelling() {
        assertEquals(RomanKey.of(List.of("satou", "yuuko")), RomanKey.of(List.of("Yuko", "Sato")));
        assertEquals(RomanKey.of(List.of("ohno")), RomanKey.of(List.of("ono")));
        assertEquals(RomanKey.of(List.of("honma")), RomanKey.of(List.of("homma")));
        assertEquals(RomanKey.of(List.of("shinbun")), RomanKey.of(List.of("Shimbun")));
        assertEquals("shohei", RomanKey.part(Hepburn.romanize("ショウヘイ")));
    }
}
