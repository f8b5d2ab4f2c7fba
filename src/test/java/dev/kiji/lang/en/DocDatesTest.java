package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocDatesTest {

    @Test
    void publishedDateWins() {
        assertEquals(LocalDate.of(2023, 5, 2), DocDates.of("2023-05-02T09:00:00+09:00", "OSAKA, Jan. 4, 2021 - ..."));
    }

    @Test
    void otherwiseTheDatelineAnchors() {
        assertEquals(LocalDate.of(2021, 1, 4), DocDates.of(null, "Harbor talks resume\n\nOSAKA, Jan. 4, 2021 - Officials met."));
        assertEquals(LocalDate.of(2024, 9, 30), DocDates.of(null, "LIMA, September 30 2024 (Wire) - A quake struck."));
    }

    @Test
    void aDateDeepInTheStoryOrWithoutADayIsNoAnchor() {
        assertNull(DocDates.of(null, "x".repeat(DocDates.OPENING) + " on March 3, 2014 troops moved"));
        assertNull(DocDates.of(null, "In March 2014 the peninsula was annexed."));
        assertNull(DocDates.of(null, "Feb. 30, 2022 is not a date"));
    }
}
