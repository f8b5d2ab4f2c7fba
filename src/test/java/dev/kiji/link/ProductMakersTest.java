package dev.kiji.link;

import static dev.kiji.doc.EntityType.ORGANIZATION;
import static dev.kiji.doc.EntityType.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A product named without its maker links to the KB's maker-qualified product when the article names the maker. */
class ProductMakersTest {
    private static KbEntry entry(String id, EntityType type, Subtype subtype, String en, String ja, List<String> enAliases,
            List<String> jaAliases) {
        return new KbEntry(id, type, subtype, new KbEntry.Labels(en, ja), new KbEntry.Aliases(enAliases, jaAliases), null, "");
    }

    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(List.of(
            entry("kb:org:kiriha_motor", ORGANIZATION, Subtype.COMPANY, "Kiriha Motor", "霧葉自動車", List.of(), List.of("霧葉")),
            entry("kb:product:kiriha_tsubame", PRODUCT, null, "Kiriha Tsubame", "霧葉ツバメ", List.of(), List.of()))));

    private static Mention first(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void theMakerNamedInTheArticleQualifiesTheProduct() {
        Document en = LINKER.process(DocBuilder.en("Cars", "Kiriha Motor said the Tsubame sold well.")
                .m("Kiriha Motor", ORGANIZATION).m("Tsubame", PRODUCT).build());
        assertEquals("kb:product:kiriha_tsubame", first(en, "Tsubame").entity());
        Document ja = LINKER.process(DocBuilder.ja("車", "霧葉は新型ツバメを発売した。")
                .m("霧葉", ORGANIZATION).m("ツバメ", PRODUCT).build());
        assertEquals("kb:product:kiriha_tsubame", first(ja, "ツバメ").entity());
    }

    @Test
    void withoutTheMakerTheProductStaysUnlinked() {
        Document en = LINKER.process(DocBuilder.en("Birds", "The Tsubame sold well.").m("Tsubame", PRODUCT).build());
        assertTrue(first(en, "Tsubame").entity().startsWith("nil:"), first(en, "Tsubame").entity());
    }
}
