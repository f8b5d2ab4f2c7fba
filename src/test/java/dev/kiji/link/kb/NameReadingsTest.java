package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.TestDictionaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ENAMDICT family/given name reading table: how it is built, split and kept in sync. */
class NameReadingsTest {

    /** A compiled ENAMDICT in the shipped format (key TAB type codes TAB romanizations), sorted by key. */

    private static NameReadings table(NameDictionary dict) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NameReadings.build(dict, out);
        return NameReadings.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theMostFrequentRomanizationAmongFullNamesWins() throws IOException {
        NameDictionary dict = TestDictionaries.of(
                "鷲尾\ts\tWashio",
                "鷲尾光\th\tWashio Hikaru",
                "鷹野\ts\tTakano",
                "鷹野光\th\tTakano Hikari",
                "鷺沼\ts\tSaginuma",
                "鷺沼光\th\tSaginuma Hikaru",
                "光\tg\tAkira|Hikari|Hikaru|Kou");
        NameReadings t = table(dict);
        Optional<NameReadings.Split> s = t.split("鶴見光", 0);
        assertTrue(s.isEmpty(), "鶴見 is no known family name");
        NameReadings.Split w = t.split("鷹野光", 0).orElseThrow();
        assertEquals(2, w.at());
        assertEquals("takano", w.family());
        assertEquals("hikaru", w.given());
    }

    @Test
    void aFullNameCountsOnlyForReadingsItsPartsHaveInTheDictionary() throws IOException {
        NameDictionary dict = TestDictionaries.of(
                "鷹野\ts\tTakano",
                "鷹野光\th\tTakano Kou",
                "鷹野光男\th\tTakano Shimitsuo",
                "鷺沼光\th\tSaginuma Kou",
                "鷺沼\ts\tSaginuma",
                "光\tg\tHikaru|Kou",
                "光男\tg\tMitsuo");
        NameReadings t = table(dict);
        assertTrue(t.split("鷲野光男", 0).isEmpty());
        assertEquals("kou", t.split("鷺沼光", 0).orElseThrow().given());
        // "Shimitsuo" is no reading of 光男: the entry is not counted, so 光男 has no reading in the table
        assertTrue(t.split("鷹野光男", 0).isEmpty());
    }

    @Test
    void shortNamesAndSplitsOtherThanTheTokenizersAreLeftAlone() throws IOException {
        NameDictionary dict = TestDictionaries.of(
                "鷲\ts\tWashi",
                "鷲尾\ts\tWashio",
                "鷲尾光男\th\tWashio Mitsuo",
                "光男\tg\tMitsuo",
                "尾光男\tg\tOmitsuo");
        NameReadings t = table(dict);
        assertTrue(t.split("鷲尾", 0).isEmpty(), "two characters");
        assertEquals(2, t.split("鷲尾光男", 0).orElseThrow().at(), "the longest known family name");
        assertTrue(t.split("鷲尾光男", 1).isEmpty(), "鷲 does not read Washio: 鷲|尾光男 is no family + given name");
        assertTrue(t.split("鷲尾光男", 3).isEmpty());
    }

    @Test
    void theShippedTableReadsAmbiguousGivenNamesLikeMostRealPeople() {
        NameReadings t = NameReadings.shared();
        NameReadings.Split s = t.split("大塚陽", 0).orElseThrow();
        assertEquals("ootsuka", s.family());
        assertEquals("akira", s.given());
        assertTrue(t.split("長谷川", 0).isEmpty(), "a family name alone is not split");
    }

    @Test
    void committedTableIsWhatTheBuilderProduces() throws IOException {
        dev.kiji.models.ShippedKbFiles.assertCurrent(NameReadings.FILE, out -> NameReadings.build(NameDictionary.loadDefault(), out));
    }
}
