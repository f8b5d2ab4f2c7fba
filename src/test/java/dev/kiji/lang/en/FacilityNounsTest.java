package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FacilityNouns: a place or person name before a lower-case noun for a works is that facility, the noun included. */
class FacilityNounsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "the [Kirimine|LOCATION] distillery opened; Kirimine distillery=FACILITY",
        "at the [Hoshiwa|PERSON] campus on Friday; Hoshiwa campus=FACILITY",
        "the [Washimiya Bay|LOCATION] shipyard will close; Washimiya Bay shipyard=FACILITY",
        "a [Kirimine|ORGANIZATION] plant in Ohio; Kirimine=ORGANIZATION",
        "[Hoshiwa|LOCATION] distillers said; Hoshiwa=LOCATION",
        // a name the CRF missed after 'the'
        "to buy the Glenkirra distillery in Speyside; Glenkirra distillery=FACILITY",
        "the Old Kirimine mine shut; Old Kirimine mine=FACILITY",
        "the plant closed; ",
    })
    void aNameBeforeAWorksNounIsThatFacility(String tagged, String expected) {
        assertEquals(expected == null ? "" : expected, TaggedNames.run(tagged, FacilityNouns::apply));
    }
}
