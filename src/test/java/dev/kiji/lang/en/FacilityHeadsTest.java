package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FacilityHeads: multi-word names ending in a facility's head word become facilities, those with a place's head word places. */
class FacilityHeadsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "climbers on the [Kawaguchi Trail|LOCATION] left; Kawaguchi Trail=FACILITY",
        "the [Hoshiwa City Museum|ORGANIZATION] lent it; Hoshiwa City Museum=FACILITY",
        "at [Takamori Station|PERSON] on Friday; Takamori Station=FACILITY",
        "[Hoshiwa|LOCATION] and [Station Road|LOCATION]; Hoshiwa=LOCATION Station Road=LOCATION",
        "the [Port|ORGANIZATION] said; Port=ORGANIZATION",
        "the [Hoshiwa Line Festival|EVENT] opened; Hoshiwa Line Festival=EVENT",
        // schools (but a university's faculty is not), hotels, lodges
        "pupils of [Hoshiwa Minami High School|ORGANIZATION] won; Hoshiwa Minami High School=FACILITY",
        "[Kirimine Elementary School|ORGANIZATION] closed; Kirimine Elementary School=FACILITY",
        "the [Hoshiwa Business School|ORGANIZATION] said; Hoshiwa Business School=ORGANIZATION",
        "guests at [Hotel Kirimine|ORGANIZATION] left; Hotel Kirimine=FACILITY",
        "the [Snow Pine Lodge|PERSON] opened; Snow Pine Lodge=FACILITY",
        // canals, ponds, burial mounds, hospitals
        "water from the [Hoshiwa Canal|LOCATION] ran low; Hoshiwa Canal=FACILITY",
        "the [Kirimine Pond|LOCATION] dried up; Kirimine Pond=FACILITY",
        "the [Hoshiwa Kofun|ORGANIZATION] mound; Hoshiwa Kofun=FACILITY",
        "doctors at [Kirimine General Hospital|ORGANIZATION] said; Kirimine General Hospital=FACILITY",
        // a name that begins or ends with a place's head word is a place
        "the shore of [Lake Kirimine|PERSON] froze; Lake Kirimine=LOCATION",
        "the [Hoshiwa River|ORGANIZATION] rose; Hoshiwa River=LOCATION",
        "[Ken Lake|PERSON] said; Ken Lake=PERSON",
        "[Mount Hoshiwa|FACILITY] hut; Mount Hoshiwa=FACILITY",
    })
    void namesEndingInAFacilityHeadAreFacilities(String tagged, String expected) {
        assertEquals(expected, TaggedNames.run(tagged, (tokens, mentions) -> FacilityHeads.apply(mentions)));
    }
}
