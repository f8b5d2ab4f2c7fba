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

/** The kanji on-reading table: aligned from the two-kanji nouns in dictionary headwords, and kept in sync. */
class KanjiOnReadingsTest {

    private static KanjiOnReadings table(NameDictionary dict) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KanjiOnReadings.build(dict, out);
        return KanjiOnReadings.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void readingsAreAlignedToKanjiAcrossTheNounsThatShareThem() throws IOException {
        // headwords that Kuromoji reads as the two-kanji common nouns they are
        NameDictionary dict = TestDictionaries.of(
                "密度\tp\tMitsudo",
                "工場\tp\tKojo",
                "工業\tp\tKogyo",
                "精密\tp\tSeimitsu",
                "精度\tp\tSeido",
                "農場\tp\tNojo",
                "農業\tp\tNogyo",
                "業界\tp\tGyokai",
                "場内\tp\tJonai",
                "電機\tp\tDenki",
                "電気\tp\tDenki");
        KanjiOnReadings t = table(dict);
        assertEquals(Optional.of("セイ"), t.of('精'));
        assertEquals(Optional.of("コウ"), t.of('工'));
        assertEquals(Optional.of("デン"), t.of('電'));
        assertTrue(t.of('鷲').isEmpty(), "a kanji in no two-kanji noun has no entry");
    }

    @Test
    void theShippedTableReadsCommonCompanyKanji() {
        KanjiOnReadings t = KanjiOnReadings.shared();
        assertEquals(Optional.of("セイ"), t.of('精'));
        assertEquals(Optional.of("コウ"), t.of('工'));
        assertEquals(Optional.of("ゲツ"), t.of('月'));
    }

    @Test
    void committedTableIsWhatTheBuilderProduces() throws IOException {
        dev.kiji.models.ShippedKbFiles.assertCurrent(KanjiOnReadings.FILE, out -> KanjiOnReadings.build(NameDictionary.loadDefault(), out));
    }
}
