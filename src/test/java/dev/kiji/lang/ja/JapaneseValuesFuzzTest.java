package dev.kiji.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Mention;
import dev.kiji.normalize.Normalizer;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random text made of the pieces values are built from (digits in both widths, units, currencies,
 * signs, era names, date suffixes, noise): value mentions stay inside the text, match their slice,
 * come out sorted and disjoint, and DATE values are well-formed.
 */
class JapaneseValuesFuzzTest {
    private static final String[] PIECES = {"1", "2", "０", "９", "12", "2025", "２０２４", ",", ".", "，", "．", "年", "月", "日",
        "度", "代", "間", "後", "期", "兆", "億", "万", "円", "ドル", "米ドル", "ユーロ", "%", "％", "パーセント", "ポイント",
        "マイナス", "-", "−", "▲", "令和", "平成", "元", "約", "の", "は", "、", "。", "カ月", " ", "\n", "𠮷", "ＮＡＴＯ"};
    private static final JapaneseValues VALUES = new JapaneseValues();

    @Property(tries = 400)
    void valueMentionsAreWellFormed(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(60); i > 0; i--) sb.append(PIECES[r.nextInt(PIECES.length)]);
        String text = sb.toString();
        Document d = Document.create("t", "test", null, null, null, "ja", text)
                .withNormalized(Normalizer.normalize(text)).withLang("ja").withMentions(List.of());
        List<Mention> out = VALUES.process(d).mentions();
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            assertTrue(m.span().start() >= 0 && m.span().end() <= text.length() && !m.span().isEmpty(), m + " in " + text);
            assertEquals(m.span().slice(text), m.text());
            if (i > 0) assertTrue(out.get(i - 1).span().end() <= m.span().start(), "overlap in " + text);
            if (m.value() != null && m.type() == dev.kiji.doc.EntityType.DATE) {
                assertTrue(m.value().matches("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?|XXXX-XX-\\d{2}"), m.value() + " in " + text);
            }
        }
    }
}
