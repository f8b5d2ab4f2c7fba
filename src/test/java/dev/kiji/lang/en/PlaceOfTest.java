package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PlaceOf on hand-built tokens: which tagged names become places. */
class PlaceOfTest {

    private static String run(String tagged) {
        return TaggedNames.run(tagged, PlaceOf::apply);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "help the town of [Korimaki|PERSON] rebuild; Korimaki=LOCATION",
        "in the cities of [Ostervik|LOCATION] and [Hallmora|PERSON] on Friday; Ostervik=LOCATION Hallmora=LOCATION",
        "the villages of [Ashby|PERSON] , [Corra|ORGANIZATION] , and [Deln|PERSON]; Ashby=LOCATION Corra=LOCATION Deln=LOCATION",
        "The island of [Ulvo Nera|PERSON] lies north; Ulvo Nera=LOCATION",
        "the mayor of [Korimaki|PERSON] said; Korimaki=PERSON",
        "the family of [Anna Lind|PERSON] said; Anna Lind=PERSON",
        "the town of [Korimaki|PERSON] and its mayor [Ken Arai|PERSON]; Korimaki=LOCATION Ken Arai=PERSON",
        "the town of [Korimaki|PERSON] , said [Ken Arai|PERSON]; Korimaki=LOCATION Ken Arai=PERSON",
        "a town of [Korimaki|PERSON]; Korimaki=PERSON",
        "the town of [Korimaki|PERSON] , [Arai|PERSON] said; Korimaki=LOCATION Arai=PERSON",
        "the town of [Korimaki|PERSON] , [Ken Arai|PERSON] said; Korimaki=LOCATION Ken Arai=PERSON",
        "the city of [Valport Festival|EVENT]; Valport Festival=EVENT",
    })
    void namesAfterAPlaceClassArePlaces(String tagged, String expected) {
        assertEquals(expected, run(tagged));
    }
}
