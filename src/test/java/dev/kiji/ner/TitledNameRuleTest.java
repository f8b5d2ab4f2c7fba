package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The title rule on hand-made spans (no model): which spans it adds, replaces or leaves alone. */
class TitledNameRuleTest {
    @Test
    void katakanaNameBeforeATitleBecomesThePerson() {
        String t = "マルケッティ氏は語った。";
        assertEquals(List.of(new Span(0, 6, NerClass.PERSON)), TitledNameRule.apply(t, List.of(), null));
    }

    @Test
    void aNonPersonMentionOfNameAndTitleIsReplacedByThePerson() {
        String t = "ドラクロワ仏外相が到着した。"; // the tagger took name + title for one facility
        List<Span> out = TitledNameRule.apply(t, List.of(new Span(0, 8, NerClass.FACILITY)), null);
        assertEquals(List.of(new Span(0, 5, NerClass.PERSON)), out);
    }

    @Test
    void aNonPersonMentionEndingInsideTheTitleIsReplacedToo() {
        String t = "ドラクロワ仏外相が到着した。"; // ドラクロワ仏 taken for an organization
        List<Span> out = TitledNameRule.apply(t, List.of(new Span(0, 6, NerClass.POLITICAL)), null);
        assertEquals(List.of(new Span(0, 5, NerClass.PERSON)), out);
    }

    @Test
    void aMentionReachingPastTheTitleIsLeftAlone() {
        String t = "ドラクロワ仏外相記念館が開館した。"; // name + title + 記念館: a facility named after the person
        Span museum = new Span(0, 11, NerClass.FACILITY);
        assertEquals(List.of(museum), TitledNameRule.apply(t, List.of(museum), null));
    }

    @Test
    void aPersonMentionIsKept() {
        String t = "ドラクロワ仏外相が到着した。";
        Span person = new Span(0, 5, NerClass.PERSON);
        assertEquals(List.of(person), TitledNameRule.apply(t, List.of(person), null));
    }
}
