package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HonorificNames on hand-built tokens: a one-word place or organization after an honorific is a person. */
class HonorificNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Because Professor [Korimaki|LOCATION] 's name is famous; Korimaki=PERSON",
        "said Dr. [Ostervik|ORGANIZATION] on Monday; Ostervik=PERSON",
        "Mr. [Hallmora|LOCATION] and Ms. [Ashby|PERSON] met; Hallmora=PERSON Ashby=PERSON",
        "President [Korimaki|LOCATION] spoke; Korimaki=LOCATION",
        "Professor [Korimaki University|ORGANIZATION] staff; Korimaki University=ORGANIZATION",
        "the city of [Korimaki|LOCATION] grew; Korimaki=LOCATION",
    })
    void aOneWordNameAfterAnHonorificIsAPerson(String tagged, String expected) {
        assertEquals(expected, TaggedNames.run(tagged, HonorificNames::apply));
    }
}
