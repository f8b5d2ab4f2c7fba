package dev.kiji.link;

import static dev.kiji.doc.EntityType.FACILITY;
import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** A bare one-word "person" that is an organization's short form or a KB place, or an organization's name without its legal form, joins what it names. */
class StrayPersonsTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static Mention mention(Document d, String text, int nth) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void aShortFormTaggedAsAPersonJoinsTheOrganization() {
        Document d = LINKER.process(DocBuilder.en("Deal", "Orvane Systems Inc. agreed. Orvane said the deal closes soon.")
                .m("Orvane Systems Inc.", ORGANIZATION).m("Orvane", PERSON).build());
        assertEquals(mention(d, "Orvane Systems Inc.", 0).entity(), mention(d, "Orvane", 0).entity());
        assertEquals(ORGANIZATION, mention(d, "Orvane", 0).type());
        Document ja = LINKER.process(DocBuilder.ja("試合", "鷲宮ファルコンズが勝った。鷲宮は首位に立った。")
                .m("鷲宮ファルコンズ", ORGANIZATION).m("鷲宮", PERSON).build());
        assertEquals(mention(ja, "鷲宮ファルコンズ", 0).entity(), mention(ja, "鷲宮", 0).entity());
    }

    @Test
    void theLastWordOfAnEventOrFacilityTaggedAsAPersonJoinsIt() {
        Document d = LINKER.process(DocBuilder.en("Rites", "Kirimine Vellafest opened at dawn. The Vellafest draws crowds, "
                + "said Ken Vellamo. Kirimine Odeonhall reopened; Odeonhall seats 900.")
                .m("Kirimine Vellafest", dev.kiji.doc.EntityType.EVENT).m("Vellafest", PERSON).m("Ken Vellamo", PERSON)
                .m("Kirimine Odeonhall", FACILITY).m("Odeonhall", PERSON).build());
        assertEquals(mention(d, "Kirimine Vellafest", 0).entity(), mention(d, "Vellafest", 0).entity());
        assertEquals(dev.kiji.doc.EntityType.EVENT, mention(d, "Vellafest", 0).type());
        assertEquals(mention(d, "Kirimine Odeonhall", 0).entity(), mention(d, "Odeonhall", 0).entity());
        assertEquals(PERSON, mention(d, "Ken Vellamo", 0).type());
    }

    @Test
    void aLastWordTheKbKnowsOrAPersonsNameIsNotTheEventsShortForm() {
        Document d = LINKER.process(DocBuilder.en("Deal", "Kirimine Suzuki opened a plant. Suzuki said so. Rena Vellafest "
                + "spoke at the Kirimine Vellafest. Vellafest said it went well.")
                .m("Kirimine Suzuki", ORGANIZATION).m("Suzuki", ORGANIZATION).m("Rena Vellafest", PERSON)
                .m("Kirimine Vellafest", dev.kiji.doc.EntityType.EVENT).m("Vellafest", PERSON).build());
        org.junit.jupiter.api.Assertions.assertNotEquals(mention(d, "Kirimine Suzuki", 0).entity(), mention(d, "Suzuki", 0).entity());
        assertEquals(mention(d, "Rena Vellafest", 0).entity(), mention(d, "Vellafest", 0).entity());
    }

    @Test
    void aDictionaryNameThatShortensTheArticlesCompanyIsThatCompany() {
        dev.kiji.link.kb.KbEntry insurer = new dev.kiji.link.kb.KbEntry("kb:org:kirimine_insurance", ORGANIZATION,
                dev.kiji.doc.Subtype.COMPANY, new dev.kiji.link.kb.KbEntry.Labels("Kirimine Vella Insurance", "霧峰ヴェラ保険"),
                null, null, "insurer");
        dev.kiji.link.kb.KbEntry imported = new dev.kiji.link.kb.KbEntry("kb:org:ed_kirimine_vella", ORGANIZATION,
                dev.kiji.doc.Subtype.COMPANY, new dev.kiji.link.kb.KbEntry.Labels("Kirimine Vella", "霧峰ヴェラ"), null, null,
                "company named in ENAMDICT");
        EntityLinker linker = new EntityLinker(KnowledgeBase.of(java.util.List.of(insurer, imported)));
        Document d = linker.process(DocBuilder.en("Fine", "Kirimine Vella Insurance was fined. Kirimine Vella will pay.")
                .m("Kirimine Vella Insurance", ORGANIZATION).m("Kirimine Vella", ORGANIZATION).build());
        assertEquals("kb:org:kirimine_insurance", mention(d, "Kirimine Vella", 0).entity());
        assertEquals("kb:org:kirimine_insurance", mention(d, "Kirimine Vella Insurance", 0).entity());
        Document alone = linker.process(DocBuilder.en("Fine", "Kirimine Vella will pay.").m("Kirimine Vella", ORGANIZATION).build());
        assertEquals("kb:org:ed_kirimine_vella", mention(alone, "Kirimine Vella", 0).entity());
    }

    @Test
    void aCompanyNameWithoutItsLegalFormTaggedAsAPersonJoinsTheCompany() {
        Document d = LINKER.process(DocBuilder.en("Ruling", "Kiriha Optics Co. must pay. Kiriha Optics will appeal, said Ken Sato.")
                .m("Kiriha Optics Co.", ORGANIZATION).m("Kiriha Optics", PERSON).m("Ken Sato", PERSON).build());
        assertEquals(mention(d, "Kiriha Optics Co.", 0).entity(), mention(d, "Kiriha Optics", 0).entity());
        assertEquals(ORGANIZATION, mention(d, "Kiriha Optics", 0).type());
        assertEquals(PERSON, mention(d, "Ken Sato", 0).type());
    }

    @Test
    void aShortFormThatIsAlsoAKbPersonsSurnameIsStillTheOrganization() {
        dev.kiji.link.kb.KbEntry person = new dev.kiji.link.kb.KbEntry("kb:person:ren_kiriha", PERSON, null,
                new dev.kiji.link.kb.KbEntry.Labels("Ren Kiriha", "桐葉蓮"), new dev.kiji.link.kb.KbEntry.Aliases(
                        java.util.List.of("Kiriha"), java.util.List.of("桐葉")), null, "actor");
        EntityLinker linker = new EntityLinker(KnowledgeBase.of(java.util.List.of(person)));
        Document d = linker.process(DocBuilder.en("Ruling", "Kiriha Optics Co. must pay. Kiriha said it would appeal.")
                .m("Kiriha Optics Co.", ORGANIZATION).m("Kiriha", PERSON).build());
        assertEquals(ORGANIZATION, mention(d, "Kiriha", 0).type());
        assertEquals(mention(d, "Kiriha Optics Co.", 0).entity(), mention(d, "Kiriha", 0).entity());
    }

    @Test
    void aTitleAfterAKbOrganizationIsHeldThereAndDoesNotMakeItAPerson() {
        Document d = LINKER.process(DocBuilder.ja("受賞", "鷲宮千尋・京都大特別教授が受賞した。鷲宮氏は喜んだ。")
                .m("鷲宮千尋", PERSON).m("京都大", PERSON).m("鷲宮", PERSON).build());
        assertEquals(ORGANIZATION, mention(d, "京都大", 0).type());
        assertEquals("kb:org:kyoto_university", mention(d, "京都大", 0).entity());
        assertEquals(PERSON, mention(d, "鷲宮", 0).type());
    }

    @Test
    void aKbPlaceTaggedAsAPersonIsThePlace() {
        Document d = LINKER.process(DocBuilder.en("Vote", "Voters in Hokkaido went to the polls.")
                .m("Hokkaido", PERSON).build());
        assertEquals("kb:loc:hokkaido", mention(d, "Hokkaido", 0).entity());
    }

    @Test
    void aSurnameOfSomeoneInTheArticleStaysAPerson() {
        Document d = LINKER.process(DocBuilder.en("Deal", "Orvane Systems Inc. agreed, said Mika Orvane. Orvane smiled.")
                .m("Orvane Systems Inc.", ORGANIZATION).m("Mika Orvane", PERSON).m("Orvane", PERSON).build());
        assertEquals(PERSON, mention(d, "Orvane", 0).type());
        assertEquals(mention(d, "Mika Orvane", 0).entity(), mention(d, "Orvane", 0).entity());
        Document t = LINKER.process(DocBuilder.en("Talk", "Mr. Hokkaido spoke.").m("Mr. Hokkaido", PERSON).build());
        assertEquals(PERSON, t.mentions().get(0).type(), "a title keeps a person a person");
        assertEquals(LOCATION, LINKER.process(DocBuilder.en("x", "Hokkaido").m("Hokkaido", LOCATION).build())
                .mentions().get(0).type());
    }

    @Test
    void aKbOfficeReadAsAPersonNameIsTheOffice() {
        // the name parser splits 那覇|地検 like a family and a given name; the KB has it in full as an office
        Document d = LINKER.process(DocBuilder.ja("起訴", "那覇地検は男を起訴した。").m("那覇地検", PERSON)
                .person("那覇", "ナハ", "地検", "チケン").build());
        assertEquals(ORGANIZATION, mention(d, "那覇地検", 0).type());
        assertEquals(true, mention(d, "那覇地検", 0).entity().startsWith("kb:org:"));
    }

    @Test
    void aSurnameReadAsAnOrganizationIsThePersonOfTheArticle() {
        Document d = LINKER.process(DocBuilder.en("Theft", "Kenji Tsuruma, 44, runs a shop. Logs were found at Tsuruma's shop.")
                .m("Kenji Tsuruma", PERSON).m("Tsuruma", ORGANIZATION).build());
        assertEquals(PERSON, mention(d, "Tsuruma", 0).type());
        assertEquals(mention(d, "Kenji Tsuruma", 0).entity(), mention(d, "Tsuruma", 0).entity());
        Document ja = LINKER.process(DocBuilder.ja("大会", "鶴間蓮が２位に入った。鶴間は喜んだ。").m("鶴間蓮", PERSON)
                .person("鶴間", "ツルマ", "蓮", "レン").m("鶴間", ORGANIZATION).build());
        assertEquals(mention(ja, "鶴間蓮", 0).entity(), mention(ja, "鶴間", 0).entity());
    }

    @Test
    void theShortFormOfAnOrganizationNamedInFullStaysTheOrganizationBesideItsNamesake() {
        Document d = LINKER.process(DocBuilder.en("Deal", "Tsuruma Pharmaceutical agreed, said Kenji Tsuruma. Tsuruma will pay.")
                .m("Tsuruma Pharmaceutical", ORGANIZATION).m("Kenji Tsuruma", PERSON).m("Tsuruma", ORGANIZATION).build());
        assertEquals(ORGANIZATION, mention(d, "Tsuruma", 0).type());
        Document place = LINKER.process(DocBuilder.en("Trip", "Aiko Ueno toured Ueno.").m("Aiko Ueno", PERSON)
                .m("Ueno", LOCATION).build());
        assertEquals(LOCATION, mention(place, "Ueno", 0).type(), "a place is left alone");
    }

    @Test
    void theFirstWordsOfAnOrganizationNamedInFullTaggedAsAPersonAreThatOrganization() {
        Document d = LINKER.process(DocBuilder.en("Merger", "Washimiya Kirin Financial Group will merge. Washimiya Kirin said so.")
                .m("Washimiya Kirin Financial Group", ORGANIZATION).m("Washimiya Kirin", PERSON).build());
        assertEquals(ORGANIZATION, mention(d, "Washimiya Kirin", 0).type());
        assertEquals(mention(d, "Washimiya Kirin Financial Group", 0).entity(), mention(d, "Washimiya Kirin", 0).entity());
    }

    @Test
    void theFirstWordsOfASchoolNamedInFullTaggedAsAPersonAreThatSchool() {
        Document d = LINKER.process(DocBuilder.en("Rugby", "He studied at Kirimine Daiichi High School. At Kirimine Daiichi, he met his coach.")
                .m("Kirimine Daiichi High School", FACILITY).m("Kirimine Daiichi", PERSON).build());
        assertEquals(FACILITY, mention(d, "Kirimine Daiichi", 0).type());
        assertEquals(mention(d, "Kirimine Daiichi High School", 0).entity(), mention(d, "Kirimine Daiichi", 0).entity());
    }
}
