package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ClassicalNames on hand-built tokens: a one-word person, "no" and a capitalized word are one classical name. */
class ClassicalNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "the tale of [Washimiya|PERSON] no Tadamori , who fled; Washimiya no Tadamori=PERSON",
        "the poet [Korimaki|PERSON] no Sadaie wrote; Korimaki no Sadaie=PERSON",
        // the word after no is another mention, lower case, or the clan is a longer name
        "[Washimiya|PERSON] no [Kai|ORGANIZATION] won; Washimiya=PERSON Kai=ORGANIZATION",
        "[Washimiya|PERSON] no longer works; Washimiya=PERSON",
        "[Jun Washimiya|PERSON] no Tadamori; Jun Washimiya=PERSON",
        "[Washimiya|LOCATION] no Tadamori; Washimiya=LOCATION",
        "[Washimiya|PERSON] no NHK; Washimiya=PERSON",
    })
    void aClanNoAndAGivenNameAreOnePerson(String tagged, String expected) {
        assertEquals(expected, TaggedNames.run(tagged, ClassicalNames::apply));
    }
}
