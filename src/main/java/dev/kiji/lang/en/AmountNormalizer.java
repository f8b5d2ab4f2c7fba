package dev.kiji.lang.en;

import dev.kiji.value.ValueFormat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP's MONEY and PERCENT values ({@code $4.5E8}, {@code ~€2.0E9}, {@code <=$2000.0},
 * {@code %12.0}) into kiji's values ({@link ValueFormat}): {@code USD 450000000}, {@code EUR
 * 2000000000}, {@code USD 2000}, {@code 12}. Approximation and bound markers are dropped; ranges,
 * unknown currency signs and unreadable values give {@code null}.
 */
final class AmountNormalizer {
    private static final Pattern MONEY = Pattern.compile("[~<>=]*([^\\d~<>=.\\-]+)(\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");
    private static final Pattern PERCENT = Pattern.compile("[~<>=]*%(-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");
    /** CoreNLP's currency signs (it writes "yen" as ¥, "won" as ₩ ...). */
    private static final Map<String, String> CURRENCIES = Map.of("$", "USD", "¥", "JPY", "€", "EUR", "£", "GBP",
            "₩", "KRW", "₹", "INR", "元", "CNY", "₽", "RUB");

    private AmountNormalizer() {
    }

    static String money(String coreNlpValue) {
        if (coreNlpValue == null) {
            return null;
        }
        Matcher m = MONEY.matcher(coreNlpValue.strip());
        return m.matches() ? ValueFormat.money(CURRENCIES.get(m.group(1)), new BigDecimal(m.group(2))) : null;
    }

    static String percent(String coreNlpValue) {
        if (coreNlpValue == null) {
            return null;
        }
        Matcher m = PERCENT.matcher(coreNlpValue.strip());
        return m.matches() ? ValueFormat.percent(new BigDecimal(m.group(1))) : null;
    }
}
