package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-word names take the one kind the knowledge base knows them by. */
class KnownTypesTest {
    private static KbEntry entry(String id, EntityType type, Subtype subtype, String en) {
        return new KbEntry(id, type, subtype, new KbEntry.Labels(en, null), new KbEntry.Aliases(List.of(), List.of()),
                null, null);
    }

    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            entry("kb:fac:varna_line", EntityType.FACILITY, null, "Varna Express Line"),
            entry("kb:org:ostrava_union", EntityType.ORGANIZATION, Subtype.OTHER, "Ostrava Rowing Union"),
            entry("kb:org:nosub", EntityType.ORGANIZATION, null, "Halden Works"),
            entry("kb:fac:mara_quill_hall", EntityType.FACILITY, null, "Mara Quill"),
            entry("kb:person:mara_quill", EntityType.PERSON, null, "Mara Quill"),
            entry("kb:product:kestrel", EntityType.PRODUCT, null, "Kestrel"),
            entry("kb:product:hikari", EntityType.PRODUCT, null, "Hikari"),
            entry("kb:loc:orvika", EntityType.LOCATION, null, "Orvika"),
            entry("kb:loc:tessel", EntityType.LOCATION, null, "Tessel"),
            entry("kb:loc:kirune_road", EntityType.LOCATION, null, "Kirune Kodo"),
            entry("kb:loc:orla_bay", EntityType.LOCATION, null, "Orla Bay"),
            entry("kb:person:orla_bay", EntityType.PERSON, null, "Orla Bay"),
            new KbEntry("kb:person:anna_tessel", EntityType.PERSON, null, new KbEntry.Labels("Anna Tessel", null),
                    new KbEntry.Aliases(List.of("Tessel"), List.of()), null, null)));

    private static final String TEXT = "Varna Express Line, Ostrava Rowing Union, Halden Works, Mara Quill, Kestrel, "
            + "Orvika, Tessel, Ken Orvika, Kestrel Sierra, Hikari, Kirune Kodo, Orla Bay";

    private static Mention mention(String surface, EntityType type, Subtype subtype) {
        int s = TEXT.indexOf(surface);
        return Mention.of(new CharSpan(s, s + surface.length()), TEXT, type, subtype, null);
    }

    @Test
    void aKnownMultiWordNameTakesItsKind() {
        List<Mention> out = KnownTypes.apply(KB, List.of(
                mention("Varna Express Line", EntityType.PERSON, null),
                mention("Ostrava Rowing Union", EntityType.ORGANIZATION, Subtype.COMPANY)));
        assertEquals(EntityType.FACILITY, out.get(0).type());
        assertEquals(new CharSpan(0, 18), out.get(0).span());
        assertEquals(Subtype.OTHER, out.get(1).subtype());
    }

    @Test
    void aMultiWordPersonTheKbKnowsOnlyAsAPlaceIsThatPlace() {
        List<Mention> out = KnownTypes.apply(KB, List.of(
                mention("Kirune Kodo", EntityType.PERSON, null),
                mention("Orla Bay", EntityType.PERSON, null)));
        assertEquals(EntityType.LOCATION, out.get(0).type());
        assertEquals(EntityType.PERSON, out.get(1).type(), "also a person's name");
    }

    @Test
    void unclearOrSingleWordNamesStayAsTagged() {
        List<Mention> in = List.of(
                mention("Halden Works", EntityType.LOCATION, null), // an organization without subtype: no kind to give
                mention("Mara Quill", EntityType.PERSON, null)); // known as a person and as a hall
        assertEquals(in, KnownTypes.apply(KB, in));
    }

    @Test
    void aOneWordPersonTheKbKnowsOnlyAsAProductIsThatProductAndSoAreItsModels() {
        List<Mention> out = KnownTypes.apply(KB, List.of(mention("Kestrel", EntityType.PERSON, null),
                mention("Kestrel Sierra", EntityType.PERSON, null)));
        assertEquals(List.of(EntityType.PRODUCT, EntityType.PRODUCT), out.stream().map(Mention::type).toList());
    }

    @Test
    void aJapaneseGivenNameIsNoModelOfAProductOfThatName() {
        String text = "Hikari Sato spoke.";
        Mention m = Mention.of(new CharSpan(0, 11), text, EntityType.PERSON, null, null);
        assertEquals(EntityType.PERSON, KnownTypes.apply(KB, List.of(m)).get(0).type());
    }

    @Test
    void aOneWordPersonTheKbKnowsOnlyAsAPlaceIsThatPlace() {
        Mention orvika = mention("Orvika", EntityType.PERSON, null);
        assertEquals(EntityType.LOCATION, KnownTypes.apply(KB, List.of(orvika)).get(0).type());
        Mention tessel = mention("Tessel", EntityType.PERSON, null);
        assertEquals(EntityType.PERSON, KnownTypes.apply(KB, List.of(tessel)).get(0).type(),
                "also a person's surname in the KB");
        Mention ken = mention("Ken Orvika", EntityType.PERSON, null);
        assertEquals(List.of(EntityType.PERSON, EntityType.PERSON),
                KnownTypes.apply(KB, List.of(orvika, ken)).stream().map(Mention::type).toList(),
                "the surname of a person the article names in full");
    }
}
