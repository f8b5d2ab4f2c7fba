package dev.kiji.link;

import static dev.kiji.doc.EntityType.DATE;
import static dev.kiji.doc.EntityType.EVENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** A recurring event named without its edition is the edition of the article's year, or of its own stated year. */
class EventYearsTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static String idOf(Document d, String text) {
        return LINKER.process(d).mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entity)
                .findFirst().orElseThrow();
    }

    @Test
    void theArticlesYearPicksTheEdition() {
        Document ja = DocBuilder.ja("Ｗ杯", "【ダラス＝共同】2026年6月14日、Ｗ杯で日本が勝った。")
                .v("2026年6月14日", DATE, "2026-06-14").m("Ｗ杯", EVENT).build();
        assertEquals("kb:event:fifa_world_cup_2026", idOf(ja, "Ｗ杯"));
        Document earlier = DocBuilder.ja("Ｗ杯", "2022年11月23日、Ｗ杯で日本が勝った。")
                .v("2022年11月23日", DATE, "2022-11-23").m("Ｗ杯", EVENT).build();
        assertEquals("kb:event:fifa_world_cup_2022", idOf(earlier, "Ｗ杯"));
    }

    @Test
    void aMentionsOwnYearNamesTheEditionForTheWholeCluster() {
        Document en = DocBuilder.en("Cup", "DALLAS, June 14 - Japan won at the World Cup. The 2026 World Cup runs to July.")
                .v("June 14", DATE, "XXXX-06-14").m("World Cup", EVENT).m("2026 World Cup", EVENT).build();
        assertEquals("kb:event:fifa_world_cup_2026", idOf(en, "World Cup"));
    }

    @Test
    void withoutAYearOrAKnownEditionTheEventStaysUnlinked() {
        Document noYear = DocBuilder.en("Cup", "DALLAS, June 14 - Japan won at the World Cup.")
                .v("June 14", DATE, "XXXX-06-14").m("World Cup", EVENT).build();
        assertTrue(idOf(noYear, "World Cup").startsWith("nil:"));
        Document unknown = DocBuilder.en("Cup", "TOKYO, June 14, 2041 - Japan won at the World Cup.")
                .v("June 14, 2041", DATE, "2041-06-14").m("World Cup", EVENT).build();
        assertTrue(idOf(unknown, "World Cup").startsWith("nil:"));
    }

    @Test
    void aNameTheKbGivesTheSeriesIsTheEditionOfTheArticlesYear() {
        Document en = DocBuilder.en("Squad", "TOKYO, May 3, 2027 - The coach will name her squad for the Women's World Cup.")
                .v("May 3, 2027", DATE, "2027-05-03").m("Women's World Cup", EVENT).build();
        assertEquals("kb:event:fifa_womens_world_cup_2027", idOf(en, "Women's World Cup"));
        Document later = DocBuilder.en("Squad", "TOKYO, May 3, 2041 - The coach will name her squad for the Women's World Cup.")
                .v("May 3, 2041", DATE, "2041-05-03").m("Women's World Cup", EVENT).build();
        assertEquals("kb:event:fifa_womens_world_cup", idOf(later, "Women's World Cup"), "no such edition: the series");
    }
}
