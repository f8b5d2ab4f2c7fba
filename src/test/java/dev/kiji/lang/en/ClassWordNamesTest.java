package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ClassWordNames: a name followed by a lower-case word for its class is named with it; nothing else is touched. */
class ClassWordNamesTest {

    private static String run(String text, String tagged) {
        String[] st = tagged.split("/");
        int at = text.indexOf(st[0]);
        Mention m = Mention.of(new CharSpan(at, at + st[0].length()), text, EntityType.valueOf(st[1]), null, null);
        return String.join(" ", ClassWordNames.apply(text, List.of(m)).stream()
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
        "He joined the Kamogawa stable in 2019.; Kamogawa/LOCATION; 14:Kamogawa stable=ORGANIZATION",
        "He won the Sendai tournament.; Sendai/LOCATION; 11:Sendai tournament=EVENT",
        "Snow fell on the Oyashima mountains.; Oyashima/PERSON; 17:Oyashima mountains=LOCATION",
        "Rebels of the Varel movement fired.; Varel/ORGANIZATION; 14:Varel movement=ORGANIZATION",
        "The Hoshino ski resort opened.; Hoshino/LOCATION; 4:Hoshino ski resort=FACILITY",
        "The stable boy of Kamogawa left.; Kamogawa/LOCATION; 18:Kamogawa=LOCATION",
        "Kamogawa stableford scores.; Kamogawa/LOCATION; 0:Kamogawa=LOCATION",
    })
    void aNameBeforeAClassWordIsNamedWithIt(String text, String tagged, String expected) {
        assertEquals(expected, run(text, tagged));
    }
}
