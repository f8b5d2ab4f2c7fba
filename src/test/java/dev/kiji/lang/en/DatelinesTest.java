package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wire dateline's place in capitals is a place ({@link Datelines}). */
class DatelinesTest {
    private static List<String> run(String text, Mention... tagged) {
        return Datelines.apply(text, List.of(tagged)).stream()
                .map(m -> m.span().start() + ":" + m.text() + "/" + m.type()).toList();
    }

    @Test
    void aPlaceInCapitalsOpeningALineBeforeACountryOrDateIsAPlace() {
        String t = "Port reopens\n\nMARU BAY, New Zealand, May 2 - The port reopened.\nOKAYAMA, Nov. 20 - More.";
        Mention org = Mention.of(new CharSpan(14, 22), t, EntityType.ORGANIZATION, null, null);
        assertEquals(List.of("14:MARU BAY/LOCATION", "64:OKAYAMA/LOCATION"), run(t, org));
    }

    @Test
    void anAcronymOpeningASentenceIsNoDateline() {
        String t = "Talks\n\nNATO, the alliance, met. KIJI - a word.";
        assertEquals(List.of(), run(t));
    }
}
