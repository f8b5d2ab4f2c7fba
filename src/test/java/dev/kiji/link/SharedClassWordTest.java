package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plural class word shared out after names joined by and (or a Japanese section or counted list) reads each name with it. */
class SharedClassWordTest {
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            new KbEntry("kb:fac:kirimine_station", FACILITY, null, new KbEntry.Labels("Kirimine Station", "霧峰駅"), null,
                    null, "test station"),
            new KbEntry("kb:fac:washimiya_station", FACILITY, null, new KbEntry.Labels("Washimiya Station", "鷲宮駅"), null,
                    null, "test station")));

    private static Mention read(String text, String name, EntityType type) {
        int at = text.contains(name + "間") ? text.indexOf(name + "間") : text.indexOf(name);  // a section's second end
        return SharedClassWord.read(new Mention(new CharSpan(at, at + name.length()), name, type, null, null, null), text, KB);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = ';', value = {
        "Trains on the Kirimine and Washimiya lines will stop.; Kirimine; Kirimine Line; FACILITY",
        "Trains on the Kirimine and Washimiya lines will stop.; Washimiya; Washimiya Line; FACILITY",
        "Crowds filled Kirimine, Odaka and Washimiya stations.; Odaka; Odaka Station; FACILITY",
        "Kirimine and Washimiya islands were hit.; Kirimine; Kirimine Island; LOCATION",
        "ＪＲ霧峰線は鷲宮―霧峰間で止まった。; 鷲宮; 鷲宮駅; FACILITY",
        "ＪＲ霧峰線は鷲宮―霧峰間で止まった。; 霧峰; 霧峰駅; FACILITY",
        "途中の鷲宮、霧峰の2駅も廃止された。; 鷲宮; 鷲宮駅; FACILITY",
    })
    void eachNameTakesTheSharedClass(String text, String name, String read, EntityType type) {
        Mention m = read(text, name, LOCATION);
        assertEquals(read, m.text());
        assertEquals(type, m.type());
        assertEquals(name.length(), m.span().length(), "the span stays the name as written");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = ';', value = {
        "Kirimine lines were busy.; Kirimine",
        "Kirimine and Washimiya said they would sue.; Kirimine",
        "Kirimine and Washimiya agreed on lines of credit with banks.; Kirimine",
        "鷲宮―霧峰間の道路が止まった。; 鷲宮",
        "ＪＲ霧峰線は小坂―霧峰間で止まった。; 小坂",
        "鷲宮市と霧峰市の2市が合意した。; 鷲宮市",
    })
    void otherwiseTheNameIsLeftAlone(String text, String name) {
        assertNull(read(text, name, LOCATION));
    }
}
