package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.CharSpan;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money, dates and times on hand-built tokens (no models), as {@code TYPE[text]=value}. */
class EnglishValuesTest {
    private static final LocalDate ARTICLE = LocalDate.of(2025, 3, 14);

    private static String values(String tagged, boolean dated) {
        StringBuilder sb = new StringBuilder();
        List<CoreLabel> tokens = Tokens.of(tagged, sb);
        String text = sb.toString();
        // a person mention over the first token when it is "Mara", to check taken tokens are skipped
        List<Mention> existing = text.startsWith("Mara ")
                ? List.of(Mention.of(new CharSpan(0, 4), text, EntityType.PERSON, null, null)) : List.of();
        return EnglishValues.find(tokens, text, dated ? ARTICLE : null, existing).stream()
                .map(m -> m.type() + "[" + m.text() + "]=" + m.value()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "profit of $ 3.5 billion , up | true | MONEY[$ 3.5 billion]=USD 3500000000",
        "a US$ 5 fee and 12 billion yen | true | MONEY[US$ 5]=USD 5 MONEY[12 billion yen]=JPY 12000000000",
        "€ 20 million or 300 won | true | MONEY[€ 20 million]=EUR 20000000 MONEY[300 won]=KRW 300",
        "12 billion people | true | ",
        "on January 21 , 2022 and Jan. 22 | true | DATE[January 21 , 2022]=2022-01-21 DATE[Jan. 22]=2025-01-22",
        "from 21 January 2022 to October 2025 | true | DATE[21 January 2022]=2022-01-21 DATE[October 2025]=2025-10",
        "Sept. 3 without a dateline | false | DATE[Sept. 3]=XXXX-09-03",
        "it may 5 times | true | ",
        "February 30 , 2024 | true | ",
        "at 10:30 a.m. and 3 p.m. | true | TIME[10:30 a.m.]=10:30 TIME[3 p.m.]=15:00",
        "Mara 5 dollars | true | MONEY[5 dollars]=USD 5",
    })
    void findsMoneyDatesAndTimes(String tagged, boolean dated, String expected) {
        assertEquals(expected == null ? "" : expected, values(tagged, dated));
    }
}
