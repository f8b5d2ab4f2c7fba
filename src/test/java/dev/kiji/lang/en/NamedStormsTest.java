package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NamedStorms: numbered and named storms become events, replacing what the tagger found inside them. */
class NamedStormsTest {

    /** {@code text} with an optional tagger mention {@code surface/TYPE}; the mentions after the rule as {@code text=TYPE}. */
    private static String run(String text, String tagged) {
        List<Mention> in = new ArrayList<>();
        if (tagged != null) {
            String[] st = tagged.split("/");
            int at = text.indexOf(st[0]);
            in.add(Mention.of(new CharSpan(at, at + st[0].length()), text, EntityType.valueOf(st[1]), null, null));
        }
        return String.join(" ", NamedStorms.apply(text, in).stream().map(m -> m.text() + "=" + m.type()).toList());
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
        assertEquals(expected, run(text, tagged));
    }
}
