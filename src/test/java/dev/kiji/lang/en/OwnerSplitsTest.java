package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OwnerSplits on hand-built tokens: a KB-known owner before 's or after "of the" is split from the name it owns. */
class OwnerSplitsTest {

    private static String run(String tagged) {
        return TaggedNames.run(tagged, (tokens, mentions) -> OwnerSplits.apply(tokens, KnowledgeBase.shared(), mentions));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "under [Japan 's Washimiya Fisheries Act|PRODUCT] ,; Japan=LOCATION Washimiya Fisheries Act=PRODUCT",
        "won [Toyota 's Washimiya Cup|EVENT] again; Toyota=ORGANIZATION Washimiya Cup=EVENT",
        "won the [Emperor 's Cup|PRODUCT] again; Emperor 's Cup=PRODUCT",
        "the [Women 's World Cup|EVENT] final; Women 's World Cup=EVENT",
        "visited [Japan 's|LOCATION] north; Japan 's=LOCATION",
        "said [Japan 's foreign ministry|ORGANIZATION]; Japan 's foreign ministry=ORGANIZATION",
        "the [Washimiya Forest Office of the Forestry Agency|ORGANIZATION] said; Washimiya Forest Office=ORGANIZATION Forestry Agency=ORGANIZATION",
        "the [Bank of Japan|ORGANIZATION] said; Bank of Japan=ORGANIZATION",
        "the [Museum of the Washimiya Coast|FACILITY] opened; Museum of the Washimiya Coast=FACILITY",
        // a place after "of" ends a firm's name it is not part of, unless a word makes a body of the name
        "ships of [Washimiya Kaiun of Imabari|ORGANIZATION] sailed; Washimiya Kaiun=ORGANIZATION Imabari=LOCATION",
        "the [Washimiya Bank of Imabari|ORGANIZATION] lent; Washimiya Bank of Imabari=ORGANIZATION",
        "the [Washimiya Kaiun of Hoshizora|ORGANIZATION] sailed; Washimiya Kaiun of Hoshizora=ORGANIZATION",
    })
    void aKnownOwnerIsSplitFromTheNameItOwns(String tagged, String expected) {
        assertEquals(expected, run(tagged));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "based in [Osaka 's Chuo Ward|LOCATION] ,; Osaka=LOCATION Chuo Ward=LOCATION",
        "the [Washimiya Forest Office of the Forestry Agency|ORGANIZATION] said; Washimiya Forest Office of the Forestry Agency=ORGANIZATION",
    })
    void namesFoundWholeInTheKbLoseOnlyAPossessiveOwner(String tagged, String expected) {
        assertEquals(expected, TaggedNames.run(tagged, (tokens, mentions) -> OwnerSplits.possessives(tokens, KnowledgeBase.shared(), mentions)));
    }
}
