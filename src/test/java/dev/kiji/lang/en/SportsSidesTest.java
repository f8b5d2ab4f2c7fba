package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries named as the sides of a match in a sports story are organizations ({@link SportsSides}). */
class SportsSidesTest {
    private static List<String> types(String text, String... places) {
        List<Mention> ms = new ArrayList<>();
        int from = 0;
        for (String p : places) {
            int at = text.indexOf(p, from);
            ms.add(Mention.of(new CharSpan(at, at + p.length()), text, EntityType.LOCATION, null, null));
            from = at + p.length();
        }
        return SportsSides.apply(text, KnowledgeBase.shared(), ms).stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void theSidesOfAResultAreOrganizations() {
        assertEquals(List.of("Japan/ORGANIZATION", "Nepal/ORGANIZATION", "Oman/ORGANIZATION", "Tokyo/LOCATION",
                        "Kenya/LOCATION"),
                types("Japan beat Nepal in the cricket qualifier and will face Oman in Tokyo. Kenya hosted the cricket final.",
                        "Japan", "Nepal", "Oman", "Tokyo", "Kenya"));
        assertEquals(List.of("Netherlands/ORGANIZATION"), types("Japan's football side came back to beat the Netherlands.",
                "Netherlands"));
    }

    @Test
    void aCountryWithItsSidesVerbPostOrPlayersIsTheSide() {
        assertEquals(List.of("Japan/ORGANIZATION", "Kenya/ORGANIZATION", "Nepal/ORGANIZATION", "Oman/ORGANIZATION",
                        "Tokyo/LOCATION", "Peru/LOCATION"),
                types("In rugby, Japan are unbeaten. Kenya head coach Ito and a former Nepal flanker watched Oman's women "
                        + "train in Tokyo. Peru is far.", "Japan", "Kenya", "Nepal", "Oman", "Tokyo", "Peru"));
    }

    @Test
    void aSideIsTheSideElsewhereInTheStoryUnlessTheCopySetsItAsAPlace() {
        assertEquals(List.of("Japan/ORGANIZATION", "Oman/ORGANIZATION", "Japan/ORGANIZATION", "Japan/LOCATION",
                        "Oman/LOCATION", "Peru/LOCATION"),
                types("In football, Japan beat Oman 2-1. Japan pressed high, and fans in Japan cheered. Oman's government "
                        + "sent thanks. Peru watched.", "Japan", "Oman", "Japan", "Japan", "Oman", "Peru"));
    }

    @Test
    void outsideASportsStoryACountryStaysAPlace() {
        assertEquals(List.of("Japan/LOCATION", "Nepal/LOCATION"), types("Japan beat Nepal to the trade deal.", "Japan", "Nepal"));
    }
}
