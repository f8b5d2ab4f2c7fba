package dev.kiji.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDateTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "2022-01-21|2022-01-21",
        "2022-01-21T23:30:00-05:00|2022-01-21",
        "2022-01-21T09:00:00+09:00|2022-01-21",
        "2011-05-20T15:30:00+0900|2011-05-20",
        "2022-01-21T00:10:00.123Z|2022-01-21",
        "2022-01-21 08:15|2022-01-21",
        "2022/1/5|2022-01-05",
        "2022/01/21 10:00|2022-01-21",
        "2022.01.21|2022-01-21",
        "20220121|2022-01-21",
        "'Fri, 21 Jan 2022 10:00:00 GMT'|2022-01-21",
        "'21 Jan 2022 10:00:00 +0900'|2022-01-21",
        "2022年1月21日|2022-01-21",
        "２０２２年１月２１日 午前９時|2022-01-21",
        "2022年13月1日|null",
        "2022-02-30|null",
        "yesterday|null",
        "''|null",
    })
    void normalizes(String raw, String expected) {
        assertEquals(expected, PublishedDate.normalize(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "2011-05-20T15:30:00+0900|2011-05-20",
        "2022-01-21|2022-01-21",
        "' 2022-01-21T10:00:00Z '|2022-01-21",
        "2022/01/21|null",
        "2022-01-21 is the day|null",
    })
    void recognisesIsoHeaderLines(String line, String expected) {
        assertEquals(expected, PublishedDate.isoLine(line));
    }
}
