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

/** A name spelt with its own 's is the organization the KB knows by it; an ordinary possessive stays outside. */
class PossessiveNamesTest {
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            new KbEntry("kb:org:varnells", EntityType.ORGANIZATION, Subtype.COMPANY, new KbEntry.Labels("Varnell's", null),
                    new KbEntry.Aliases(List.of(), List.of()), null, "auction house"),
            new KbEntry("kb:org:ostrava", EntityType.ORGANIZATION, Subtype.COMPANY, new KbEntry.Labels("Ostrava", null),
                    new KbEntry.Aliases(List.of(), List.of()), null, "maker")));

    private static List<String> run(String text, String surface, EntityType type) {
        int at = text.indexOf(surface);
        Mention m = new Mention(new CharSpan(at, at + surface.length()), surface, type, null, null, null);
        return PossessiveNames.apply(text, KB, List.of(m)).stream()
                .map(o -> o.span().start() + ":" + o.text() + "/" + o.type() + "/" + o.subtype()).toList();
    }

    @Test
    void theSOfTheNameJoinsIt() {
        assertEquals(List.of("11:Varnell's/ORGANIZATION/COMPANY"), run("Bidders at Varnell's paid more.", "Varnell", EntityType.PERSON));
        assertEquals(List.of("11:Varnell’s/ORGANIZATION/COMPANY"), run("Bidders at Varnell’s paid more.", "Varnell", EntityType.ORGANIZATION));
    }

    @Test
    void anOrdinaryPossessiveStaysOutside() {
        assertEquals(List.of("0:Ostrava/ORGANIZATION/null"), run("Ostrava's profit rose.", "Ostrava", EntityType.ORGANIZATION));
        assertEquals(List.of("0:Varnell/PERSON/null"), run("Varnell'sche Sammlung", "Varnell", EntityType.PERSON), "no 's word end");
    }
}
