package dev.kiji.lang.en;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP's MONEY and PERCENT values ({@code $4.5E8}, {@code ~€2.0E9}, {@code <=$2000.0},
 * {@code %12.0}) into plain forms: {@code $450000000}, {@code €2000000000}, {@code $2000},
 * {@code 12%}. Approximation and bound markers are dropped; ranges and unreadable values give
 * {@code null}.
 */
final class AmountNormalizer {
    private static final Pattern MONEY = Pattern.compile("[~<>=]*([^\\d~<>=.\\-]+)(\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");
    private static final Pattern PERCENT = Pattern.compile("[~<>=]*%(\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");

    private AmountNormalizer() {
    }

    static String money(String coreNlpValue) {
        if (coreNlpValue == null) {
            return null;
        }
        Matcher m = MONEY.matcher(coreNlpValue.strip());
        return m.matches() ? m.group(1) + plain(m.group(2)) : null;
    }

    static String percent(String coreNlpValue) {
        if (coreNlpValue == null) {
            return null;
        }
        Matcher m = PERCENT.matcher(coreNlpValue.strip());
        return m.matches() ? plain(m.group(1)) + "%" : null;
    }

    private static String plain(String number) {
        BigDecimal d = new BigDecimal(number).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
