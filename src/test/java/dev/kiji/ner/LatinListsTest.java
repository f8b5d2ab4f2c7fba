package dev.kiji.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin-script names listed with a Latin-script person take the person type (invented credit lines). */
class LatinListsTest {
    private static List<Span> apply(String text, Span... spans) {
        List<Span> out = new ArrayList<>(List.of(spans));
        LatinLists.apply(text, out);
        return out;
    }

    private static Span span(String text, String part, NerClass type) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length(), type);
    }

    @Test
    void aBylineListSpreadsThePersonTypeBothWays() {
        String t = "パリのOdile Ferrand、リマのJuanPerezQuispe、大阪のKenta Mori、ナイロビのWanjiru Kamau記者による取材。";
        List<Span> in = List.of(span(t, "パリ", NerClass.LOCATION), span(t, "Odile Ferrand", NerClass.PRODUCT),
                span(t, "リマ", NerClass.LOCATION), span(t, "JuanPerezQuispe", NerClass.COMPANY),
                span(t, "大阪", NerClass.LOCATION), span(t, "Kenta Mori", NerClass.PERSON),
                span(t, "ナイロビ", NerClass.LOCATION), span(t, "Wanjiru Kamau", NerClass.PRODUCT));
        List<Span> out = apply(t, in.toArray(Span[]::new));
        List<Span> expected = new ArrayList<>();
        for (Span s : in) expected.add(s.type() == NerClass.LOCATION ? s : new Span(s.start(), s.end(), NerClass.PERSON));
        assertEquals(expected, out);
    }

    @Test
    void namesNotListedTogetherKeepTheirTypes() {
        String t = "Kenta Moriは、新型機Sky Runnerを発表した。";
        Span kenta = span(t, "Kenta Mori", NerClass.PERSON);
        Span product = span(t, "Sky Runner", NerClass.PRODUCT);
        assertEquals(List.of(kenta, product), apply(t, kenta, product));
    }

    @Test
    void acronymsAndNonNamesAreNotRetyped() {
        String t = "Kenta Mori、NASA、ABC Motorsが参加した。";
        Span kenta = span(t, "Kenta Mori", NerClass.PERSON);
        Span nasa = span(t, "NASA", NerClass.POLITICAL);
        Span abc = span(t, "ABC Motors", NerClass.COMPANY);
        assertEquals(List.of(kenta, nasa, abc), apply(t, kenta, nasa, abc));
    }

    @Test
    void aListOfProductsWithoutAPersonStaysProducts() {
        String t = "新製品Sky Runner、Sea Walkerを発表した。";
        Span a = span(t, "Sky Runner", NerClass.PRODUCT);
        Span b = span(t, "Sea Walker", NerClass.PRODUCT);
        assertEquals(List.of(a, b), apply(t, a, b));
    }
}
