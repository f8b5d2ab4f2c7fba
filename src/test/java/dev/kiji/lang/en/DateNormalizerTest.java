package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateNormalizerTest {
    // a Wednesday
    private static final LocalDate DOC = LocalDate.of(2024, 5, 15);

    @Test
    void absoluteValuesFromCoreNlpBecomeIso() {
        assertEquals("2022-01-21", DateNormalizer.normalize("20220121", "January 21, 2022", DOC));
        assertEquals("2022-03", DateNormalizer.normalize("202203", "March 2022", null));
        assertEquals("1999", DateNormalizer.normalize("1999", "1999", null));
        assertNull(DateNormalizer.normalize("20220231", "February 31, 2022", DOC), "no such day");
    }

    @Test
    void monthDayWithoutYearTakesTheArticleYear() {
        assertEquals("2024-07-26", DateNormalizer.normalize("****0726", "July 26", DOC));
        assertEquals("XXXX-07-26", DateNormalizer.normalize("****0726", "July 26", null));
        assertEquals("2024-11", DateNormalizer.normalize("****11", "November", DOC));
    }

    @Test
    void weekdaysResolveAgainstTheArticleDate() {
        assertEquals("2024-05-10", DateNormalizer.normalize("friday", "Friday", DOC));
        assertEquals("2024-05-15", DateNormalizer.normalize("wednesday", "Wednesday", DOC));
        assertEquals("2024-05-17", DateNormalizer.normalize(null, "next Friday", DOC));
        assertEquals("2024-05-08", DateNormalizer.normalize(null, "last Wednesday", DOC));
        assertEquals("XXXX-WXX-5", DateNormalizer.normalize("friday", "Friday", null));
    }

    @Test
    void relativeExpressions() {
        assertEquals("2024-05-14", DateNormalizer.normalize(null, "yesterday", DOC));
        assertEquals("2024-05-16", DateNormalizer.normalize(null, "Tomorrow", DOC));
        assertEquals("2023", DateNormalizer.normalize("last year ", "last year", DOC));
        assertEquals("2024-06", DateNormalizer.normalize(null, "next month", DOC));
        assertEquals("2024-W19", DateNormalizer.normalize(null, "last week", DOC));
        assertNull(DateNormalizer.normalize(null, "last year", null));
        assertNull(DateNormalizer.normalize(null, "the summer", DOC));
    }
}
