package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegnalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "フェリペ3世; フェリペ; 3",
        "フェリペ３世; フェリペ; 3",
        "エリザベス二世; エリザベス; 2",
        "ルイ十四世; ルイ; 14",
        "ルイ・十世; ルイ; 10",
        "レオ二十世; レオ; 20",
        "Philip III; Philip; 3",
        "Louis XIV; Louis; 14",
        "John Paul II; John Paul; 2",
        "Henry VIII; Henry; 8",
    })
    void theNameAndTheOrdinal(String canonical, String name, int number) {
        assertEquals(new Regnal(name, number), Regnal.of(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"山田太郎", "中世", "Mary IX Smith", "Philip IIII", "Philip IC", "世", "Kim Jong Un", "三世"})
    void namesWithoutAnOrdinal(String canonical) {
        assertNull(Regnal.of(canonical));
    }
}
