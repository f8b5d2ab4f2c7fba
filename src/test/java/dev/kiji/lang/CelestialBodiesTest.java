package dev.kiji.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Celestial bodies are dropped; names that only look like them are kept. */
class CelestialBodiesTest {

    private static String kept(String text, String surface, String type) {
        int at = text.indexOf(surface);
        Mention m = Mention.of(new CharSpan(at, at + surface.length()), text, EntityType.valueOf(type), null, null);
        return String.join(" ", CelestialBodies.drop(text, List.of(m)).stream().map(Mention::text).toList());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
        "The probe flew past Mars in March.; Mars; LOCATION; ''",
        "Mars said its sales rose.; Mars; ORGANIZATION; Mars",
        "It photographed the asteroid Kirimine in May.; Kirimine; PRODUCT; ''",
        "It reached 2031 QK17 last year.; 2031 QK17; PRODUCT; ''",
        "探査機は小惑星キリミネに到着した。; 小惑星キリミネ; PRODUCT; ''",
        "探査機は小惑星キリミネに到着した。; キリミネ; PRODUCT; ''",
        "試料を地球に持ち帰った。; 地球; LOCATION; ''",
        "Kirimine Observatory said so.; Kirimine Observatory; ORGANIZATION; Kirimine Observatory",
        "The 2026 Sapporo Marathon began.; 2026 Sapporo Marathon; EVENT; 2026 Sapporo Marathon",
    })
    void celestialBodiesAreNotMentions(String text, String surface, String type, String expected) {
        assertEquals(expected, kept(text, surface, type));
    }
}
