package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Possessives on hand-built tokens: a KB-known owner before 's is split from the name it owns. */
class PossessivesTest {

    private static String run(String tagged) {
        return TaggedNames.run(tagged, (tokens, mentions) -> Possessives.apply(tokens, KnowledgeBase.shared(), mentions));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "under [Japan 's Washimiya Fisheries Act|PRODUCT] ,; Japan=LOCATION Washimiya Fisheries Act=PRODUCT",
        "won [Toyota 's Washimiya Cup|EVENT] again; Toyota=ORGANIZATION Washimiya Cup=EVENT",
        "won the [Emperor 's Cup|PRODUCT] again; Emperor 's Cup=PRODUCT",
        "the [Women 's World Cup|EVENT] final; Women 's World Cup=EVENT",
        "visited [Japan 's|LOCATION] north; Japan 's=LOCATION",
        "said [Japan 's foreign ministry|ORGANIZATION]; Japan 's foreign ministry=ORGANIZATION",
    })
    void aKnownOwnerIsSplitFromTheNameItOwns(String tagged, String expected) {
        assertEquals(expected, run(tagged));
    }
}
