package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title-case event, law and prize phrases and office-title fragments on hand-built tokens (no models). */
class NamedPhrasesTest {

    /**
     * Runs the rule on {@code tagged} (see {@link Tokens#of}) with the CRF's mentions given as
     * {@code TYPE:first-last} token ranges, and renders the result as {@code TYPE[text]} items.
     */
    private static String run(String tagged, String crf) {
        StringBuilder sb = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of(tagged, sb);
        String text = sb.toString();
        List<Mention> mentions = new ArrayList<>();
        if (!crf.isEmpty()) {
            for (String m : crf.split(" ")) {
                String[] typeRange = m.split(":");
                String[] range = typeRange[1].split("-");
                CharSpan span = new CharSpan(tokens.get(Integer.parseInt(range[0])).beginPosition(),
                        tokens.get(Integer.parseInt(range[1])).endPosition());
                mentions.add(Mention.of(span, text, EntityType.valueOf(typeRange[0]), null, null));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Mention m : NamedPhrases.apply(tokens, text, TitleFragments.drop(tokens, mentions))) {
            out.append(out.length() == 0 ? "" : " ").append(m.type()).append('[').append(m.text()).append(']');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an event head after title-case words: the place inside is replaced
        "the/DT Halvard Marathon drew/VBD runners/NNS | LOCATION:1-1 | EVENT[Halvard Marathon]",
        // an edition ordinal and joiners stay inside; a leading The does not
        "The/DT 12th Ostrava International Film Festival opened/VBD | LOCATION:2-2 | EVENT[12th Ostrava International Film Festival]",
        "at/IN the/DT Varna Open ,/, she/PRP | | EVENT[Varna Open]",
        "the/DT Kestrel-Moravia Ministers ' Strategic Dialogue | | EVENT[Kestrel-Moravia Ministers ' Strategic Dialogue]",
        // laws, treaties and prizes are PRODUCT (the corpus convention)
        "under/IN the/DT Coastal Dunes Protection Act ,/, | | PRODUCT[Coastal Dunes Protection Act]",
        "won/VBD the/DT Halloran Prize for/IN Poetry | | PRODUCT[Halloran Prize]",
        "the/DT Treaty of/IN Lindholm | | ",
        // a head word alone, or followed by more of the name, is left to the CRF
        "the/DT summit/NN ended/VBD | | ",
        "after/IN the/DT Festival ended/VBD | | ",
        "Halvard Cup Final | | ",
        // a mention crossing the phrase's edge, or a longer name around it, wins
        "federation/NN Varna Open | ORGANIZATION:0-1 | ORGANIZATION[federation Varna]",
        // a value before the name stays apart
        "the/DT 2026/CD Varna Open | DATE:1-1 | DATE[2026] EVENT[Varna Open]",
        "the/DT Ostrava Festival Foundation | ORGANIZATION:1-3 | ORGANIZATION[Ostrava Festival Foundation]",
        // a name the CRF typed otherwise becomes the event
        "the/DT Ostrava Festival began/VBD | ORGANIZATION:1-2 | EVENT[Ostrava Festival]",
        // an office title's one-word organization is no mention (TitleFragments)
        "Secretary of/IN State Mara Quill | ORGANIZATION:2-2 PERSON:3-4 | PERSON[Mara Quill]",
        "Minister of/IN Defense | LOCATION:2-2 | ",
        "Ministry of/IN Defense | ORGANIZATION:0-2 | ORGANIZATION[Ministry of Defense]",
    })
    void findsTitleCasePhrasesByTheirHeadWord(String tagged, String crf, String expected) {
        assertEquals(expected == null ? "" : expected, run(tagged, crf == null ? "" : crf));
    }
}
