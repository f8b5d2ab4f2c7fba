package dev.kiji.link;

import static dev.kiji.doc.EntityType.ORGANIZATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name the KB gives to more than one entry: a club's nickname (Tigers, in Osaka and in Detroit) and a sponsor's
 * name used for its club (ソフトバンク, the carrier and the Hawks). The article decides, then the label.
 */
class SponsorTeamLinkTest {
    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.shared());

    private static List<String> ids(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::entity).toList();
    }

    @Test
    void aNicknameInTheHeadlineJoinsTheClubTheLeadNamesInFull() {
        Document d = LINKER.process(DocBuilder.en("Tigers win the lottery",
                "OSAKA - The Hanshin Tigers won the draft lottery on Thursday. The Tigers said the pick was a shortstop.")
                .m("Tigers", ORGANIZATION).m("Hanshin Tigers", ORGANIZATION).m("Tigers", ORGANIZATION).build());
        assertEquals(List.of("kb:org:npb_hanshin_tigers", "kb:org:npb_hanshin_tigers"), ids(d, "Tigers"));
    }

    @Test
    void aSponsorsNameIsItsClubInABaseballStory() {
        Document d = LINKER.process(DocBuilder.ja("プロ野球", "プロ野球のドラフト会議で、ソフトバンクが投手を１位で指名した。")
                .m("ソフトバンク", ORGANIZATION).build());
        assertEquals(List.of("kb:org:npb_softbank_hawks"), ids(d, "ソフトバンク"));
    }

    @Test
    void aSponsorsNameIsTheCompanyOtherwise() {
        Document phones = LINKER.process(DocBuilder.ja("携帯", "ソフトバンクは携帯電話の通信料金を下げると発表した。")
                .m("ソフトバンク", ORGANIZATION).build());
        assertEquals(List.of("kb:org:softbank_corp"), ids(phones, "ソフトバンク"));
        Document plain = LINKER.process(DocBuilder.ja("発表", "ロッテは新しい工場を建てると発表した。").m("ロッテ", ORGANIZATION).build());
        assertEquals(List.of("kb:org:lotte_japan"), ids(plain, "ロッテ"), "the entry the name is the label of");
    }

    @Test
    void aPlaceBetweenASponsorAndANicknameIsTheClubInSportsCopy() {
        Document sendai = LINKER.process(DocBuilder.ja("女子サッカー",
                "マイナビ仙台レディースが延長戦で勝った。仙台は後半に追いついた。")
                .m("マイナビ仙台レディース", ORGANIZATION).m("仙台", ORGANIZATION).build());
        assertEquals(ids(sendai, "マイナビ仙台レディース"), ids(sendai, "仙台"), "the city's club, not the city");
        Document urawa = LINKER.process(DocBuilder.ja("女子サッカー",
                "三菱重工浦和レッズレディースが首位に立った。浦和は3連勝。")
                .m("三菱重工浦和レッズレディース", ORGANIZATION).m("浦和", ORGANIZATION).build());
        assertEquals(List.of("kb:org:we_urawa_reds_ladies"), ids(urawa, "浦和"), "a place the KB does not know, too");
    }
}
