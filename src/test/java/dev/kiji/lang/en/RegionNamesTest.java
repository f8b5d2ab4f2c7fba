package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RegionNames: a place followed by the word region is named with it; nothing else is touched. */
class RegionNamesTest {

    private static String run(String text, String tagged) {
        String[] st = tagged.split("/");
        int at = text.indexOf(st[0]);
        Mention m = Mention.of(new CharSpan(at, at + st[0].length()), text, EntityType.valueOf(st[1]), null, null);
        return String.join(" ", RegionNames.apply(text, List.of(m)).stream()
                .map(x -> x.span().start() + ":" + x.text() + "=" + x.type()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Rain hit the Kinki region on Monday.; Kinki/LOCATION; 13:Kinki region=LOCATION",
        "Rain hit the Tokachi region; Tokachi/LOCATION; 13:Tokachi region=LOCATION",
        "Rain hit the Kinki regional office.; Kinki/LOCATION; 13:Kinki=LOCATION",
        "Kinki Regional Bureau said so.; Kinki/ORGANIZATION; 0:Kinki=ORGANIZATION",
        "Ito said the region was calm.; Ito/PERSON; 0:Ito=PERSON",
        "It was the Kinki region region.; Kinki region/LOCATION; 11:Kinki region=LOCATION",
    })
    void aPlaceBeforeTheWordRegionIsNamedWithIt(String text, String tagged, String expected) {
        assertEquals(expected, run(text, tagged));
    }
}
