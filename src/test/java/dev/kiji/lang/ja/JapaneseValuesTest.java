package dev.kiji.lang.ja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.normalize.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Japanese DATE, MONEY and PERCENT mentions: spans into the original text and normalized values. */
class JapaneseValuesTest {
    private static final JapaneseValues VALUES = new JapaneseValues();

    private static Document run(String text, String published, List<Mention> entities) {
        Document d = Document.create("t", "test", null, published, null, "ja", text)
                .withNormalized(Normalizer.normalize(text)).withLang("ja").withMentions(entities);
        return VALUES.process(d);
    }

    /** The value mentions of {@code text} as {@code TYPE[text]=value} items. */
    private static String values(String text) {
        return run(text, null, List.of()).mentions().stream()
                .map(m -> m.type() + "[" + m.text() + "]=" + m.value()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the first full date anchors partial ones
        "会見は2025年3月14日に開かれ、17日に再開する。 | DATE[2025年3月14日]=2025-03-14 DATE[17日]=2025-03-17",
        "2025年3月14日の会見で、4月以降の計画と5月2日の式典を説明した。 | DATE[2025年3月14日]=2025-03-14 DATE[4月]=2025-04 DATE[5月2日]=2025-05-02",
        "令和7年6月に施行し、平成元年の法律を改める。 | DATE[令和7年6月]=2025-06 DATE[平成元年]=1989",
        "24年11月の決定を受け、2031年に完成する。 | DATE[24年11月]=2024-11 DATE[2031年]=2031",
        // full-width digits: the span is the original text
        "２０２５年１０月１日から | DATE[２０２５年１０月１日]=2025-10-01",
        // no anchor: the year is unknown, and a day alone its month too
        "4月1日に始まり、10日に終わる。 | DATE[4月1日]=XXXX-04-01 DATE[10日]=XXXX-XX-10",
        // a day before a count is a rate, not a date
        "2025年3月14日から1日2回、1日6往復に増やす。 | DATE[2025年3月14日]=2025-03-14",
        // fiscal years, decades, quarters, durations and relative days are not dates
        "2024年度の予算は1990年代以来で、12月期の決算まで3日間、10日ぶり、3日後、6カ月。 | ",
        // money: units add up, the currency gives the ISO code
        "総額300億円と1億2000万ドル、5兆3000億円、4,500円 | MONEY[300億円]=JPY 30000000000 MONEY[1億2000万ドル]=USD 120000000 MONEY[5兆3000億円]=JPY 5300000000000 MONEY[4,500円]=JPY 4500",
        "約2.5億ユーロと8000万米ドル | MONEY[2.5億ユーロ]=EUR 250000000 MONEY[8000万米ドル]=USD 80000000",
        "円高とドル建ての取引 | ",
        "150億元と20億人民元、3000元、一元化の次元 | MONEY[150億元]=CNY 15000000000 MONEY[20億人民元]=CNY 2000000000 MONEY[3000元]=CNY 3000",
        // percentages keep a written minus sign; percentage points are not percentages
        "金利は0.25%、前年比マイナス0.1%、５．５％、失業率は2.5パーセント | PERCENT[0.25%]=0.25 PERCENT[マイナス0.1%]=-0.1 PERCENT[５．５％]=5.5 PERCENT[2.5パーセント]=2.5",
        "0.5%ポイント上昇した | ",
    })
    void findsValuesWithNormalizedValues(String text, String expected) {
        assertEquals(expected == null ? "" : expected, values(text));
    }

    @Test
    void thePublishedDateAnchorsPartialDatesFirst() {
        Document d = run("8日に発表した。2019年5月1日の改元以来。", "2026-02-10T09:00:00+09:00", List.of());
        assertEquals("2026-02-08", d.mentions().get(0).value());
    }

    @Test
    void entityMentionsKeepTheirText() {
        String text = "台風14号は2025年9月に上陸した。";
        Mention typhoon = Mention.of(new CharSpan(0, 5), text, EntityType.EVENT, null, null);
        Document d = run(text, null, List.of(typhoon));
        assertEquals(2, d.mentions().size());
        assertEquals(typhoon, d.mentions().get(0));
        assertEquals(new CharSpan(6, 13), d.mentions().get(1).span());
        assertEquals("2025-09", d.mentions().get(1).value());
    }

    @Test
    void aCountryFoundInsideACurrencyWordGivesWayToTheAmount() {
        String text = "2億豪ドルを投じ、豪州でも売る。";
        Mention aud = Mention.of(new CharSpan(2, 3), text, EntityType.LOCATION, null, null);
        Mention australia = Mention.of(new CharSpan(9, 11), text, EntityType.LOCATION, null, null);
        Document d = run(text, null, List.of(aud, australia));
        assertEquals(List.of("MONEY[2億豪ドル]=AUD 200000000", "LOCATION[豪州]=null"), d.mentions().stream()
                .map(x -> x.type() + "[" + x.text() + "]=" + x.value()).toList());
    }

    @Test
    void aDayAloneWithoutAnAnchorIsADayOfAnUnknownMonth() {
        assertEquals("XXXX-XX-10", new JapaneseDates(null).value("10日"));
        assertNull(new JapaneseDates(null).value("10日間"), "a duration");
        assertEquals("2024-05-10", new JapaneseDates(LocalDate.of(2024, 5, 1)).value("10日"));
        assertNull(new JapaneseDates(null).value("13月"), "no 13th month");
    }
}
