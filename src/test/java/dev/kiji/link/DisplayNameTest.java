package dev.kiji.link;

import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.TestDictionaries;
import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unlinked people written in katakana whose every name part a dictionary spells in English get that
 * spelling as display name and are keyed from it, so the English article's mention gets the same id;
 * other names keep the romanized key and name.
 */
class DisplayNameTest {
    private static final NameDictionary DICT = TestDictionaries.of(
            "オルセン\ts\tOlsen", "ヘンリク\tg\tHenrik", "ミナト\tp\tminato|Minato", "田中\ts\tTanaka");
    private static final EnamdictRomanizer ROMANIZER = new EnamdictRomanizer(() -> DICT);

    @Test
    void romanizerSpellsKatakanaPartsOnly() {
        assertEquals(Optional.of("Olsen"), ROMANIZER.english("オルセン"));
        assertEquals(Optional.of("Henrik"), ROMANIZER.english("ﾍﾝﾘｸ"), "half-width katakana is NFKC-folded");
        assertEquals(Optional.of("Minato"), ROMANIZER.english("ミナト"), "the first one-word capitalized spelling");
        assertEquals(Optional.empty(), ROMANIZER.english("田中"), "kanji parts are left to the reading tables");
        assertEquals(Optional.empty(), ROMANIZER.english("ヨハンソン"), "unknown names");
    }

    @Test
    void knownKatakanaNameGetsTheEnglishSpellingAndTheEnglishArticlesId() {
        EntityLinker spelling = new EntityLinker(KnowledgeBase.shared(), NameRomanizer.none(), ROMANIZER);
        Entity plain = person(new EntityLinker(KnowledgeBase.shared()));
        Entity spelled = person(spelling);
        assertEquals("Henriku Orusen", plain.name());
        assertEquals("Henrik Olsen", spelled.name());
        assertEquals("ヘンリク・オルセン", spelled.nameJa());
        Document en = DocBuilder.en("Briefing", "Mr. Henrik Olsen spoke.").m("Henrik Olsen", PERSON).build();
        Entity english = spelling.process(en).entities().get(0);
        assertEquals(english.id(), spelled.id(), "same person, same id in both languages");
        assertTrue(spelled.id().startsWith("nil:person:"));
    }

    @Test
    void partlyUnknownNameKeepsTheRomanizedKeyAndName() {
        EntityLinker spelling = new EntityLinker(KnowledgeBase.shared(), NameRomanizer.none(), ROMANIZER);
        Document d = DocBuilder.ja("会見", "ヘンリク・ヨハンソン氏が会見した。").m("ヘンリク・ヨハンソン", PERSON).build();
        Document plainDoc = DocBuilder.ja("会見", "ヘンリク・ヨハンソン氏が会見した。").m("ヘンリク・ヨハンソン", PERSON).build();
        Entity spelled = spelling.process(d).entities().get(0);
        Entity plain = new EntityLinker(KnowledgeBase.shared()).process(plainDoc).entities().get(0);
        assertEquals(plain.id(), spelled.id());
        assertEquals(plain.name(), spelled.name());
    }

    private static Entity person(EntityLinker linker) {
        Document d = DocBuilder.ja("会見", "ヘンリク・オルセン氏が会見した。").m("ヘンリク・オルセン", PERSON).build();
        return linker.process(d).entities().stream().filter(e -> e.type() == PERSON).findFirst().orElseThrow();
    }

}
