package dev.kiji.link;

import static dev.kiji.doc.EntityType.EVENT;
import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Entity;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** The NIL id's type follows the strongest evidence, so one unlinked entity gets one id in both languages. */
class NameEvidenceTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static Mention mention(Document d, String text, int nth) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).skip(nth).findFirst().orElseThrow();
    }

    private static Entity entity(Document d, String text) {
        String id = mention(d, text, 0).entity();
        return d.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aKanjiFamilyAndGivenNameIsAPersonWhateverTheRecognizerTyped() {
        Document ja = LINKER.process(DocBuilder.ja("衛星", "社長の葛城湊が語った。葛城電機も協力した。")
                .m("葛城湊", ORGANIZATION).m("葛城電機", ORGANIZATION).build());
        Document en = LINKER.process(DocBuilder.en("Satellite", "Minato Katsuragi, the chief executive, spoke.")
                .m("Minato Katsuragi", PERSON).build());
        assertEquals(PERSON, entity(ja, "葛城湊").type());
        assertEquals(entity(en, "Minato Katsuragi").id(), entity(ja, "葛城湊").id());
        assertEquals(ORGANIZATION, entity(ja, "葛城電機").type(), "a name ending in a generic word stays a company");
        Document ev = LINKER.process(DocBuilder.ja("大会", "鷹森美沙が優勝した。").m("鷹森美沙", EVENT).build());
        assertEquals("nil:person:", entity(ev, "鷹森美沙").id().substring(0, 11));
        Document city = LINKER.process(DocBuilder.ja("市政", "鷹森市が発表した。").m("鷹森市", LOCATION).build());
        assertEquals("nil:name:", entity(city, "鷹森市").id().substring(0, 9), "市 ends a city, not a given name");
    }

    @Test
    void aBareNameTheArticlesPeopleCarryIsAPerson() {
        Document d = LINKER.process(DocBuilder.en("Prize", "Chihiro Orvanes won. Orvanes thanked her editor. "
                + "The Orvanes novel sold well, Orvanes said.")
                .m("Chihiro Orvanes", PERSON).m("Orvanes", PERSON).m("Orvanes", LOCATION).m("Orvanes", PERSON).build());
        assertEquals(mention(d, "Chihiro Orvanes", 0).entity(), mention(d, "Orvanes", 1).entity());
        assertEquals(1, d.entities().size(), d.entities().toString());
        Document place = LINKER.process(DocBuilder.en("Trip", "Jonas Orvanes flew to Telmark. Telmark was cold.")
                .m("Jonas Orvanes", PERSON).m("Telmark", LOCATION).m("Telmark", LOCATION).build());
        assertEquals(LOCATION, entity(place, "Telmark").type(), "no person is named Telmark");
    }

    @Test
    void aPersonNamedLikeAFacilityIsTheFacility() {
        Document d = LINKER.process(DocBuilder.en("Delay", "The Washimiya Shinkansen stopped; Jonas Park waited.")
                .m("Washimiya Shinkansen", PERSON).m("Jonas Park", PERSON).build());
        assertEquals(FACILITY, entity(d, "Washimiya Shinkansen").type());
        assertTrue(entity(d, "Washimiya Shinkansen").id().startsWith("nil:name:"));
        assertEquals(PERSON, entity(d, "Jonas Park").type(), "Park is a family name too");
    }

    @Test
    void aRomanizedNameEndingInShaIsACompany() {
        Document d = LINKER.process(DocBuilder.en("Book", "Hayasakasha published it; Natasha read it.")
                .m("Hayasakasha", LOCATION).m("Natasha", PERSON).build());
        assertEquals(ORGANIZATION, entity(d, "Hayasakasha").type());
        assertEquals(PERSON, entity(d, "Natasha").type());
        assertTrue(NameEvidence.companyInRomaji("Kodansha"));
        assertFalse(NameEvidence.companyInRomaji("Natasha"), "too short to be a name plus 社");
        assertFalse(NameEvidence.companyInRomaji("Mikhailsha"), "not Hepburn");
    }

    @Test
    void anEnglishFullNameReadAsAPlaceIsThePersonTheArticleNamesBySurname() {
        Document d = LINKER.process(DocBuilder.en("Skating", "OSAKA - Riku Tsuruma of Japan won. Tsuruma, 21, smiled.")
                .m("OSAKA", LOCATION).m("Riku Tsuruma", LOCATION).m("Japan", LOCATION).m("Tsuruma", PERSON).build());
        assertEquals(PERSON, mention(d, "Riku Tsuruma", 0).type());
        assertEquals(mention(d, "Riku Tsuruma", 0).entity(), mention(d, "Tsuruma", 0).entity());
        Document place = LINKER.process(DocBuilder.en("Trip", "Kenji Tsuruma toured Port Tsuruma.")
                .m("Kenji Tsuruma", PERSON).m("Port Tsuruma", LOCATION).build());
        assertEquals(LOCATION, mention(place, "Port Tsuruma", 0).type(), "no bare surname: the place stays");
        Document mount = LINKER.process(DocBuilder.en("Sake", "Kirimine Shuzo grew. Kirimine sells sake from Mount Kirimine.")
                .m("Kirimine Shuzo", ORGANIZATION).m("Kirimine", PERSON).m("Mount Kirimine", LOCATION).build());
        assertEquals(LOCATION, mention(mount, "Mount Kirimine", 0).type(), "Mount is no given name");
        assertEquals(mention(mount, "Kirimine Shuzo", 0).entity(), mention(mount, "Kirimine", 0).entity(),
                "the bare word is then the company's short form");
    }

    @Test
    void aKanjiFullNameTypedAnOrganizationIsAPersonBeforeItsBareSurnameIsRead() {
        Document ja = LINKER.process(DocBuilder.ja("大会", "鶴間蓮が２位に入った。鶴間は喜んだ。")
                .person("鶴間", "ツルマ", "蓮", "レン").m("鶴間蓮", ORGANIZATION).m("鶴間", PERSON).build());
        assertEquals(PERSON, mention(ja, "鶴間蓮", 0).type());
        assertEquals(PERSON, mention(ja, "鶴間", 0).type(), "not the short form of an organization");
        assertEquals(mention(ja, "鶴間蓮", 0).entity(), mention(ja, "鶴間", 0).entity());
    }
}
