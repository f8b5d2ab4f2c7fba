package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names found by a pattern ({@link PatternNames}): storms become events and capitalized words before Award or Prize
 * prizes (PRODUCT), replacing what the tagger found inside them.
 */
class PatternNamesTest {

    /** {@code text} with an optional tagger mention {@code surface/TYPE}; the mentions after the rule as {@code text=TYPE}. */
    private static String run(BiFunction<String, List<Mention>, List<Mention>> rule, String text, String tagged) {
        List<Mention> in = new ArrayList<>();
        if (tagged != null) {
            String[] st = tagged.split("/");
            int at = text.indexOf(st[0]);
            in.add(Mention.of(new CharSpan(at, at + st[0].length()), text, EntityType.valueOf(st[1]), null, null));
        }
        return String.join(" ", rule.apply(text, in).stream().map(m -> m.text() + "=" + m.type()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Typhoon No. 14 made landfall on Sunday.; ; Typhoon No. 14=EVENT",
        "Typhoon Washimi weakened overnight.; Washimi/PERSON; Typhoon Washimi=EVENT",
        "Hurricane Orvane hit the coast, and Super Typhoon Korima followed.; ; Hurricane Orvane=EVENT Super Typhoon Korima=EVENT",
        "Tropical Storm Ampil passed.; ; Tropical Storm Ampil=EVENT",
        "the typhoon season began in Okinawa.; Okinawa/LOCATION; Okinawa=LOCATION",
        "Typhoon No. 14 Relief Fund said.; Typhoon No. 14 Relief Fund/ORGANIZATION; Typhoon No. 14 Relief Fund=ORGANIZATION",
    })
    void stormsAreEvents(String text, String tagged, String expected) {
        assertEquals(expected, run(NamedStorms::apply, text, tagged));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "the Washimiya Institute for Tidal Studies (WITS) said.; Washimiya Institute for Tidal Studies/ORGANIZATION; "
                + "Washimiya Institute for Tidal Studies=ORGANIZATION WITS=ORGANIZATION",
        "the Coastal Relief Plan (CoRP) passed.; Coastal Relief Plan/PRODUCT; Coastal Relief Plan=PRODUCT CoRP=PRODUCT",
        "Washimiya Motors (TSE) rose.; Washimiya Motors/ORGANIZATION; Washimiya Motors=ORGANIZATION",
        "Kenji Sato (MP) spoke.; Kenji Sato/PERSON; Kenji Sato=PERSON",
        "the Tidal Office (5%) grew.; Tidal Office/ORGANIZATION; Tidal Office=ORGANIZATION",
    })
    void anAcronymInParenthesesAfterANameIsThatName(String text, String tagged, String expected) {
        assertEquals(expected, run(ParenAcronyms::apply, text, tagged));
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
        assertEquals(expected, run(NamedPrizes::apply, text, tagged));
    }
}
