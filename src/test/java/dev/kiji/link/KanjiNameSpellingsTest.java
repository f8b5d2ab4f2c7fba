package dev.kiji.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.TestDictionaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The spellings of kanji family and given names: what goes in, what stays out, and that the shipped file is current. */
class KanjiNameSpellingsTest {
    @Test
    void kanjiFamilyGivenAndUnclassifiedNamesGiveTheirSpellingsAsKeys() throws IOException {
        NameDictionary dict = TestDictionaries.of(
                "ヨリス\tg\tJoris",
                "鷲尾\ts\tWashio|Washiwo",
                "鷲宮\tp\tWashimiya",
                "鷲見\tu\tSumi|Washimi",
                "陽菜\tg\tHina|Haruna",
                "大野\ts\tOhno|Oono");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KanjiNameSpellings.build(dict, out);
        Set<String> read = KanjiNameSpellings.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(Set.of("washio", "washiwo", "sumi", "washimi", "hina", "haruna", "ono"), read,
                "katakana (foreign) names and places stay out; long vowels fold as RomanKey folds them");
    }

    @Test
    void committedFileIsWhatTheBuilderProduces() throws IOException {
        dev.kiji.models.ShippedKbFiles.assertCurrent(KanjiNameSpellings.FILE, out -> KanjiNameSpellings.build(NameDictionary.loadDefault(), out));
    }
}
