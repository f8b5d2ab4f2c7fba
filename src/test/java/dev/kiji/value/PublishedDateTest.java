package dev.kiji.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDateTest {
    @Test
    void publishedDateIsReadFromIsoPrefix() {
        assertEquals(LocalDate.of(2022, 1, 25), PublishedDate.parse("2022-01-25T08:00:00+09:00"));
        assertEquals(LocalDate.of(2022, 1, 25), PublishedDate.parse("2022-01-25"));
        assertNull(PublishedDate.parse("25/01/2022"));
        assertNull(PublishedDate.parse("2022-13-01"));
        assertNull(PublishedDate.parse(null));
    }
}
