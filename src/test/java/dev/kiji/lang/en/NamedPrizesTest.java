package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NamedPrizes: capitalized words before Award or Prize are a prize (PRODUCT), replacing what the tagger found inside. */
class NamedPrizesTest {

    private static String run(String text, String tagged) {
        List<Mention> in = new ArrayList<>();
        if (tagged != null) {
            String[] st = tagged.split("/");
            int at = text.indexOf(st[0]);
            in.add(Mention.of(new CharSpan(at, at + st[0].length()), text, EntityType.valueOf(st[1]), null, null));
        }
        return String.join(" ", NamedPrizes.apply(text, in).stream().map(m -> m.text() + "=" + m.type()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "She won the Kirimine Award last year.; Kirimine/PERSON; Kirimine Award=PRODUCT",
        "He took the Fighting Spirit Prize.; ; Fighting Spirit Prize=PRODUCT",
        "The Washimiya Awards were held.; ; Washimiya Awards=PRODUCT",
        "Manga Artist Wins Kirimine Award; ; ''",
        "the award went to Kirimine.; Kirimine/PERSON; Kirimine=PERSON",
        "The Kirimine Award Foundation said so.; Kirimine Award Foundation/ORGANIZATION; Kirimine Award Foundation=ORGANIZATION",
    })
    void prizesAreProducts(String text, String tagged, String expected) {
        assertEquals(expected, run(text, tagged));
    }
}
