package dev.kiji.lang.ja;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Layer;
import dev.kiji.doc.Mention;
import dev.kiji.doc.NormalizedText;
import dev.kiji.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DATE, MONEY and PERCENT mentions in Japanese text, with normalized values ({@link
 * dev.kiji.value.ValueFormat}): 2022年1月21日 → {@code 2022-01-21}, 令和6年4月 → {@code 2024-04}, 300億円 →
 * {@code JPY 30000000000}, 1億2000万ドル → {@code USD 120000000}, マイナス0.1% → {@code -0.1}. Month-days,
 * months and days without a year take it from the article's date ({@link JapaneseDocDate}). Found on the
 * normalized text (so full-width digits count) and mapped back to the original. Values are left out
 * where an entity mention already covers the text (台風14号, 2028年ロサンゼルス五輪) — but a country the
 * recognizer found inside a currency word (豪 of 2億豪ドル) gives way to the amount — and so are fiscal
 * years (2023年度), durations (3日間, 3カ月) and percentage points, which the corpus convention does not
 * annotate. Runs after the entity recognizer.
 */
public final class JapaneseValues implements Stage {
    private static final String NUM = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final Pattern VALUE = Pattern.compile("(?<![\\d.,])(?:"
            + "(?<money>(?:" + NUM + "兆)?(?:" + NUM + "億)?(?:" + NUM + "万)?(?:" + NUM + ")?)(?<currency>"
            + JapaneseAmounts.CURRENCY_PATTERN + ")"
            + "|(?<sign>マイナス|-|−|▲)?(?<percent>" + NUM + ")(?:%|パーセント)(?!ポイント|pt)"
            + "|(?<date>" + JapaneseDates.PATTERN + ")"
            + ")");

    @Override
    public String name() {
        return "values-ja";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.NORMALIZED, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Document process(Document doc) {
        NormalizedText norm = doc.normalized();
        String n = norm.text();
        JapaneseDates dates = new JapaneseDates(JapaneseDocDate.of(doc.published(), n));
        List<Mention> out = new ArrayList<>(doc.mentions());
        Matcher m = VALUE.matcher(n).useTransparentBounds(true); // the look-behind sees before the region
        int i = 0;
        while (i < n.length()) {
            // every value starts with a digit, a minus sign or an era name: try the pattern only there
            if (!mayStart(n.charAt(i)) || !m.region(i, n.length()).lookingAt() || m.end() == i) {
                i++;
                continue;
            }
            Mention value = value(m, dates, norm, doc.text());
            if (value != null) {
                List<Mention> covering = doc.mentions().stream().filter(e -> e.span().overlaps(value.span())).toList();
                if (covering.stream().allMatch(e -> currencyCountry(e, value, m, norm))) {
                    out.removeAll(covering);
                    out.add(value);
                }
            }
            i = m.end();
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withMentions(out);
    }

    /**
     * A place mention inside a money mention's currency word: the country of 2億豪ドル or 100億台湾ドル, which the money
     * mention takes in (the currency names no place here).
     */
    private static boolean currencyCountry(Mention e, Mention value, Matcher m, NormalizedText norm) {
        if (value.type() != EntityType.MONEY || e.type() != EntityType.LOCATION) {
            return false;
        }
        CharSpan currency = norm.toOriginal(m.start("currency"), m.end("currency"));
        return currency.start() <= e.span().start() && e.span().end() <= currency.end();
    }

    private static boolean mayStart(char c) {
        return c >= '0' && c <= '9' || c == 'マ' || c == '-' || c == '−' || c == '▲' || c == '令' || c == '平'
                || c == '昭';
    }

    private static Mention value(Matcher m, JapaneseDates dates, NormalizedText norm, String text) {
        EntityType type;
        String value;
        if (m.group("currency") != null) {
            if (m.group("money").isEmpty()) {
                return null; // a currency word with no amount (円高, ドル建て)
            }
            type = EntityType.MONEY;
            value = JapaneseAmounts.money(m.group("money"), m.group("currency"));
        } else if (m.group("percent") != null) {
            type = EntityType.PERCENT;
            value = JapaneseAmounts.percent(m.group("sign") != null, m.group("percent"));
        } else {
            type = EntityType.DATE;
            value = dates.value(m.group("date"));
            if (value == null) {
                return null; // a duration or a fiscal year, not a date
            }
        }
        CharSpan span = norm.toOriginal(m.start(), m.end());
        return span.isEmpty() ? null : Mention.of(span, text, type, null, value);
    }
}
