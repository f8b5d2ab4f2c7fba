package dev.kiji.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value scoring: span and type first, then the normalized value among right spans. */
class ValueEvaluatorTest {
    // "𠮷" is two UTF-16 units but one code point: gold offsets are code points
    private static final String TEXT = "𠮷田社は3月2日に300億円、0.5%増と発表。";

    private static GoldDocument.GoldMention gold(String text, EntityType type, String value) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(text));
        return new GoldDocument.GoldMention(start, start + text.codePointCount(0, text.length()), text, type, null,
                value, null);
    }

    private static Mention found(String text, EntityType type, String value) {
        int start = TEXT.indexOf(text);
        return Mention.of(new CharSpan(start, start + text.length()), TEXT, type, null, value);
    }

    @Test
    void countsSpansThenValues() {
        GoldDocument g = new GoldDocument("a.txt", "ja", null, List.of(), List.of(), List.of(
                gold("3月2日", EntityType.DATE, "2025-03-02"),
                gold("300億円", EntityType.MONEY, "JPY 30000000000"),
                gold("0.5%", EntityType.PERCENT, "0.5")));
        Document d = Document.create("a", "a.txt", null, null, null, "ja", TEXT).withMentions(List.of(
                found("3月2日", EntityType.DATE, "XXXX-03-02"), // right span, wrong value
                found("300億円", EntityType.MONEY, "JPY 30000000000"),
                found("0.5", EntityType.PERCENT, "0.5"), // wrong span
                found("𠮷田社", EntityType.ORGANIZATION, null))); // not a value type: ignored
        Map<EntityType, ValueEvaluator.Counts> c = ValueEvaluator.score(g, d);
        assertEquals(new ValueEvaluator.Counts(1, 1, 1, 0), c.get(EntityType.DATE));
        assertEquals(new ValueEvaluator.Counts(1, 1, 1, 1), c.get(EntityType.MONEY));
        assertEquals(new ValueEvaluator.Counts(1, 1, 0, 0), c.get(EntityType.PERCENT));
        assertEquals(0.5, new ValueEvaluator.Report(1, c).overall().valueAccuracy());
    }
}
