package dev.kiji.link;

import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Person ids that should not depend on an English spelling that looks like Hepburn only after folding
 * ({@code Emma}), or on a romanized surname that is also a generic company word ({@link NameClass#japaneseFullName}).
 */
class PersonSpellingIdTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String id(Document d, String mention) {
        return LINKER.process(d).mentions().stream().filter(m -> m.text().equals(mention)).map(Mention::entity)
                .findFirst().orElseThrow();
    }

    @Test
    void doubledLetterSpellingKeysLikeItsKatakana() {
        Document ja = DocBuilder.ja("受賞", "作家のエマ・ロウリー氏が受賞した。").m("エマ・ロウリー", PERSON).build();
        Document en = DocBuilder.en("Prize", "The writer Emma Rowley won.").m("Emma Rowley", PERSON).build();
        assertEquals(id(en, "Emma Rowley"), id(ja, "エマ・ロウリー"));
    }

    /** The dictionary spells マレー Marais before Murray: the id and the display name follow the katakana's sound. */
    @Test
    void katakanaNameKeysBySoundNotByTheDictionarysFirstSpelling() {
        Document ja = DocBuilder.ja("会見", "気候相のマレー・ベネット氏が会見した。").m("マレー・ベネット", PERSON).build();
        Document en = DocBuilder.en("Briefing", "Climate minister Murray Bennett spoke.").m("Murray Bennett", PERSON).build();
        assertEquals(id(en, "Murray Bennett"), id(ja, "マレー・ベネット"));
        String name = LINKER.process(ja).entities().get(0).name();
        assertNotEquals("Marais Bennett", name);
    }

    @Test
    void japanesePersonNamedLikeATradingHouseStaysAPerson() {
        Document en = DocBuilder.en("School", "Teacher Aoi Shoji said so.").m("Aoi Shoji", PERSON).build();
        assertEquals("nil:person:", id(en, "Aoi Shoji").substring(0, "nil:person:".length()));
        Document co = DocBuilder.en("Trade", "Kanamori Shoji said so.").m("Kanamori Shoji", PERSON).build();
        assertNotEquals(id(en, "Aoi Shoji"), id(co, "Kanamori Shoji"));
    }
}
