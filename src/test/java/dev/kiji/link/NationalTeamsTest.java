package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A country named as a side in a sports article is its national team in the article's sport ({@link NationalTeams}). */
class NationalTeamsTest {
    private static final KbEntry JAPAN = KnowledgeBase.shared().byId("kb:country:jp").orElseThrow();
    private static final KbEntry CRICKET = team("kb:org:test_japan_cricket", "Japan national cricket team", "クリケット日本代表");
    private static final KbEntry HANDBALL_WOMEN = team("kb:org:test_japan_handball_women",
            "Japan women's national handball team", "ハンドボール女子日本代表");
    private static final KbEntry NEPAL = KnowledgeBase.shared().byId("kb:country:np").orElseThrow();
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.of(List.of(JAPAN, NEPAL, CRICKET, HANDBALL_WOMEN)));

    private static KbEntry team(String id, String en, String ja) {
        return new KbEntry(id, ORGANIZATION, Subtype.OTHER, new KbEntry.Labels(en, ja),
                new KbEntry.Aliases(List.of(), List.of()), null, "national team");
    }

    private static List<String> ids(Document d) {
        return LINKER.process(d).mentions().stream().map(Mention::entity).toList();
    }

    @Test
    void aCountryTypedAnOrganizationInACricketStoryIsItsCricketTeam() {
        Document d = DocBuilder.en("Cricket", "Japan beat Nepal by six wickets. Cricket fans cheered Japan.")
                .m("Japan", ORGANIZATION).m("Japan", ORGANIZATION).build();
        assertEquals(List.of("kb:org:test_japan_cricket", "kb:org:test_japan_cricket"), ids(d));
        Document mixed = DocBuilder.en("Cricket", "Japan beat Nepal by six wickets. Cricket in Japan is growing.")
                .m("Japan", ORGANIZATION).m("Japan", LOCATION).build();
        assertEquals(List.of("kb:org:test_japan_cricket", "wd:Q17"), ids(mixed), "the side, then the country as a place");
    }

    @Test
    void theJapaneseRepresentativeSideIsTheTeamToo() {
        Document d = DocBuilder.ja("クリケット", "クリケットの予選で日本代表がネパール代表に勝った。")
                .m("日本代表", ORGANIZATION).m("ネパール代表", ORGANIZATION).build();
        assertEquals(List.of("kb:org:test_japan_cricket", "kb:country:np"), ids(d), "a side without a team is its country");
    }

    @Test
    void withoutASportOrWithoutTheTeamTheCountryStaysTheCountry() {
        Document trade = DocBuilder.en("Trade", "Japan signed the deal with Nepal.").m("Japan", ORGANIZATION).build();
        assertEquals(List.of("wd:Q17"), ids(trade));
        Document football = DocBuilder.en("Football", "Japan beat Nepal at football.").m("Japan", ORGANIZATION).build();
        assertEquals(List.of("wd:Q17"), ids(football), "the KB here holds no football team");
    }

    @Test
    void aWomensStoryTakesTheWomensTeamAndAMensStoryNever() {
        Document women = DocBuilder.en("Handball", "Japan won the women's handball final.").m("Japan", ORGANIZATION).build();
        assertEquals(List.of("kb:org:test_japan_handball_women"), ids(women));
        Document men = DocBuilder.en("Handball", "Japan won the men's handball final.").m("Japan", ORGANIZATION).build();
        assertEquals(List.of("wd:Q17"), ids(men), "no men's handball team in this KB");
    }
}
