package dev.kiji.link.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.TestDictionaries;
import dev.kiji.doc.Subtype;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ENAMDICT organizations and companies with English names in the default KB, and what is kept out. */
class EnamdictOrganizationsTest {


    @Test
    void organizationsAndCompaniesOnlyWithoutShortOrTakenNames() throws IOException {
        NameDictionary dict = TestDictionaries.of(
                "鷲宮海運\tc\tWashimiya Shipping|Washimiya Kaiun",
                "鷲宮学会\to\tWashimiya Society",
                "鷲宮銀行\tcs\tWashimiya Bank",
                "鷲宮駅前\tpo\tWashimiya-ekimae",
                "ＷＳＢ\to\tWSB",
                "鷲宮\to\tWashimiya",
                "鷹森製作所\tc\tTakamori Works",
                "鷹森工業\tc\tTakamori Works");
        Set<String> taken = new HashSet<>(Set.of(NameKey.of("鷲宮学会")));
        List<KbEntry> out = EnamdictOrganizations.entries(dict, taken);
        assertEquals(Set.of("鷲宮海運", "鷹森工業"), out.stream().map(e -> e.labels().ja()).collect(Collectors.toSet()),
                "person/place names, names of 3 characters or fewer, taken names and a later duplicate English name are left out");
        KbEntry shipping = out.stream().filter(e -> e.labels().ja().equals("鷲宮海運")).findFirst().orElseThrow();
        assertEquals("kb:org:ed_washimiya_shipping", shipping.id());
        assertEquals(Subtype.COMPANY, shipping.subtype());
        assertEquals(List.of("Washimiya Kaiun"), shipping.aliases().en());
        assertNull(shipping.wikidata());
    }

    @Test
    void theDefaultKbLinksARealOrganizationOutsideTheCuratedCoreInBothLanguages() {
        KnowledgeBase kb = KnowledgeBase.load(List.of(KnowledgeBase.DEFAULT_FILE));
        Set<String> ja = kb.lookup(NameKey.of("名古屋工業大学")).stream().map(h -> h.entry().id()).collect(Collectors.toSet());
        Set<String> en = kb.lookup(NameKey.of("Nagoya Institute of Technology")).stream().map(h -> h.entry().id())
                .collect(Collectors.toSet());
        assertEquals(1, ja.size());
        assertEquals(ja, en);
        assertEquals(Set.of("kb:org:hitachi"), kb.lookup(NameKey.of("日立製作所")).stream().map(h -> h.entry().id())
                .collect(Collectors.toSet()), "a curated entry is not duplicated from ENAMDICT");
    }
}
