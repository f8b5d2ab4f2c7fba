package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The KB line format read with the streaming parser: what it writes it reads back, and it rejects what binding rejected. */
class KbJsonTest {
    private static List<KbEntry> read(String text) throws IOException {
        return KbJson.read(new BufferedReader(new StringReader(text)), "test");
    }

    @Test
    void everyEntryOfTheDefaultKbRoundTrips() throws IOException {
        List<KbEntry> all = List.copyOf(KnowledgeBase.shared().entries());
        StringWriter w = new StringWriter();
        KbJson.write(w, all);
        assertEquals(all, read(w.toString()));
    }

    @Test
    void nullsAndMissingFieldsTakeTheirDefaults() throws IOException {
        KbEntry e = read("{\"id\":\"kb:loc:x\",\"type\":\"LOCATION\",\"labels\":{\"en\":\"X\"},\"aliases\":null}\n").get(0);
        assertEquals(List.of(), e.aliases().en());
        assertEquals("", e.description());
        assertEquals(null, e.labels().ja());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"kb:loc:x\",\"type\":\"LOCATION\",\"labels\":{\"en\":\"X\"},\"colour\":\"red\"}",
        "{\"id\":\"kb:loc:x\",\"type\":\"LOCATION\",\"labels\":{\"en\":\"X\",\"fr\":\"X\"}}",
        "{\"id\":\"kb:loc:x\",\"type\":\"LOCATION\",\"labels\":{\"en\":\"X\"},\"aliases\":{\"en\":[1]}}",
        "{\"id\":\"kb:loc:x\",\"type\":\"PLACE\",\"labels\":{\"en\":\"X\"}}",
        "{\"id\":\"kb:loc:x\",\"type\":\"DATE\",\"labels\":{\"en\":\"X\"}}",
        "{\"id\":\"kb:loc:x\",\"type\":\"LOCATION\",\"labels\":{\"en\":\"X\"}} {}",
        "[\"kb:loc:x\"]",
    })
    void malformedLinesAreRejectedWithTheirLineNumber(String line) {
        IOException e = assertThrows(IOException.class, () -> read("# comment\n" + line + "\n"));
        assertEquals(true, e.getMessage().startsWith("test:2: bad KB entry"), e.getMessage());
    }
}
