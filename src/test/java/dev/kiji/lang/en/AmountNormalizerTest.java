package dev.kiji.lang.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AmountNormalizerTest {
    @Test
    void moneyBecomesIsoCodeAndPlainNumber() {
        assertEquals("USD 1000000000", AmountNormalizer.money("$1.0E9"));
        assertEquals("EUR 2500000", AmountNormalizer.money("~€2.5E6"));
        assertEquals("USD 19.99", AmountNormalizer.money("<=$19.99"));
        assertEquals("GBP 40", AmountNormalizer.money("£40.0"));
        assertEquals("JPY 1200000000", AmountNormalizer.money("¥1.2E9"));
        assertNull(AmountNormalizer.money("$10.0-$20.0"));
        assertNull(AmountNormalizer.money("₮5.0"), "an unknown currency sign gives no value rather than a wrong code");
        assertNull(AmountNormalizer.money(null));
    }

    @Test
    void percentBecomesPlainNumber() {
        assertEquals("12", AmountNormalizer.percent("%12.0"));
        assertEquals("0.25", AmountNormalizer.percent("%0.25"));
        assertEquals("-0.1", AmountNormalizer.percent("%-0.1"));
        assertNull(AmountNormalizer.percent("lots"));
    }
}
