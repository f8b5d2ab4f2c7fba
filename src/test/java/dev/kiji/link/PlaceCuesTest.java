package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** A one-word English name the text calls a place becomes a LOCATION with the same id as the Japanese 〜市. */
class PlaceCuesTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static Mention first(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aPersonAfterInIsAPlace() {
        Document d = LINKER.process(DocBuilder.en("Snow", "A builder in Takamorihara will train drivers.")
                .m("Takamorihara", PERSON).build());
        assertEquals(LOCATION, first(d, "Takamorihara").type());
        Document ja = LINKER.process(DocBuilder.ja("除雪", "鷹森原市の建設会社が運転手を育てる。").m("鷹森原市", LOCATION)
                .t("鷹森原", "タカモリハラ", "名詞-固有名詞-地域-一般").t("市", "シ", "名詞-接尾-地域").build());
        assertEquals(first(ja, "鷹森原市").entity(), first(d, "Takamorihara").entity());
    }

    @Test
    void anOrganizationBeforeBasedIsAPlace() {
        Document d = LINKER.process(DocBuilder.en("Merger", "The Takamorihara-based lender agreed.")
                .m("Takamorihara", ORGANIZATION).build());
        assertEquals(LOCATION, first(d, "Takamorihara").type());
    }

    @Test
    void peopleNamedInFullOrTitledStayPeople() {
        Document d = LINKER.process(DocBuilder.en("Talk", "Ken Takamorihara spoke. Later, in Takamorihara we met.")
                .m("Ken Takamorihara", PERSON).m("Takamorihara", PERSON).build());
        assertEquals(PERSON, first(d, "Takamorihara").type());
        Document o = LINKER.process(DocBuilder.en("Deal", "A stake in Takamorihara was sold.")
                .m("Takamorihara", ORGANIZATION).build());
        assertEquals(ORGANIZATION, first(o, "Takamorihara").type(), "'in' alone does not make an organization a place");
    }
}
