package dev.kiji.link;

import static dev.kiji.doc.EntityType.LOCATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryPairsTest {
    private static final KnowledgeBase KB = KnowledgeBase.shared();
    private static final EntityLinker LINKER = new EntityLinker(KB);

    private static String idOf(String kbId) {
        return KB.byId(kbId).orElseThrow().entityId();
    }

    @Test
    void aCompoundOfCountryAbbreviationsBecomesOneMentionPerCountry() {
        Document d = LINKER.process(DocBuilder.ja("首脳会談", "英仏両首脳は東西の対話を呼びかけた。")
                .m("英仏", LOCATION).m("東西", LOCATION).build());
        List<Mention> ms = d.mentions();
        assertEquals(3, ms.size(), ms.toString());
        int at = d.text().indexOf("英仏");
        assertEquals(new CharSpan(at, at + 1), ms.get(0).span());
        assertEquals("英", ms.get(0).text());
        assertEquals(idOf("kb:country:gb"), ms.get(0).entity());
        assertEquals(new CharSpan(at + 1, at + 2), ms.get(1).span());
        assertEquals(idOf("kb:country:fr"), ms.get(1).entity());
        assertEquals("東西", ms.get(2).text());
    }

    @Test
    void spainThePhilippinesAndPortugalHaveOneCharacterFormsInPairs() {
        Document d = LINKER.process(DocBuilder.ja("交流", "日西と日比、日葡の交流。")
                .m("日西", LOCATION).m("日比", LOCATION).m("日葡", LOCATION).build());
        assertEquals(List.of(idOf("kb:country:jp"), idOf("kb:country:es"), idOf("kb:country:jp"), idOf("kb:country:ph"),
                idOf("kb:country:jp"), idOf("kb:country:pt")), d.mentions().stream().map(Mention::entity).toList());
    }

    @Test
    void threeCountriesSplitTooButNotLongerRuns() {
        Document d = LINKER.process(DocBuilder.ja("会合", "日中韓の会合と、日米英仏の協議。")
                .m("日中韓", LOCATION).m("日米英仏", LOCATION).build());
        assertEquals(List.of("日", "中", "韓", "日米英仏"), d.mentions().stream().map(Mention::text).toList());
    }
}
