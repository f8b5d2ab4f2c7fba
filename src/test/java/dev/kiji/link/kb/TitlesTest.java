package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitlesTest {

    private static String eventName(String text) {
        return Titles.event(text).name(text);
    }

    @Test
    void eventEditionOrdinalsAreDropped() {
        assertEquals("札幌国際音楽祭", eventName("第12回札幌国際音楽祭"));
        assertEquals("札幌国際音楽祭", eventName("第１２回札幌国際音楽祭"));
        assertEquals("Sapporo Music Festival", eventName("12th Sapporo Music Festival"));
        assertEquals("Sapporo Music Festival", eventName("the 21st Sapporo Music Festival"));
        assertEquals("Sapporo Music Festival", eventName("3rd Sapporo Music Festival's"));
    }

    @Test
    void eventNamesWithoutALeadingOrdinalAreKept() {
        assertEquals("COP28", eventName("COP28"));
        assertEquals("2024 Noto earthquake", eventName("2024 Noto earthquake"));
        assertEquals("第2次世界大戦", eventName("第2次世界大戦"));
        assertEquals("第5回", eventName("第5回"), "nothing left after the ordinal: keep the text");
    }

    @Test
    void otherNamesKeepTheirOrdinal() {
        assertEquals("第12回札幌国際音楽祭", Titles.other("第12回札幌国際音楽祭").name("第12回札幌国際音楽祭"));
    }
}
