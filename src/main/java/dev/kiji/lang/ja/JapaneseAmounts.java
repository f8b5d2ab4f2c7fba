package dev.kiji.lang.ja;

import dev.kiji.value.ValueFormat;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values of Japanese amounts: 5兆3000億円 → {@code JPY 5300000000000}, 1.5%, マイナス0.1% → {@code -0.1}. */
final class JapaneseAmounts {
    /** Currency words, longest first so that 米ドル wins over ドル. */
    static final String CURRENCY_PATTERN = "シンガポールドル|カナダドル|香港ドル|台湾ドル|米ドル|豪ドル|NZドル|ドル|円"
            + "|ユーロ|ポンド|人民元|ウォン|ルーブル|ルピー|バーツ|ペソ|スイスフラン|レアル|リンギット|ルピア"
            + "|元(?![化的論素気首年帥])";  // 150億元 is yuan; not 一元化, 次元, 元首相
    private static final Map<String, String> ISO = Map.ofEntries(Map.entry("円", "JPY"), Map.entry("ドル", "USD"),
            Map.entry("米ドル", "USD"), Map.entry("豪ドル", "AUD"), Map.entry("NZドル", "NZD"),
            Map.entry("香港ドル", "HKD"), Map.entry("台湾ドル", "TWD"), Map.entry("カナダドル", "CAD"),
            Map.entry("シンガポールドル", "SGD"), Map.entry("ユーロ", "EUR"), Map.entry("ポンド", "GBP"),
            Map.entry("人民元", "CNY"), Map.entry("元", "CNY"), Map.entry("ウォン", "KRW"), Map.entry("ルーブル", "RUB"),
            Map.entry("ルピー", "INR"), Map.entry("バーツ", "THB"), Map.entry("ペソ", "PHP"),
            Map.entry("スイスフラン", "CHF"), Map.entry("レアル", "BRL"), Map.entry("リンギット", "MYR"),
            Map.entry("ルピア", "IDR"));
    private static final Pattern PART = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)([兆億万]?)");

    private JapaneseAmounts() {
    }

    /** {@code amount} like {@code 1億2000万} in {@code currency} (a {@link #CURRENCY_PATTERN} word). */
    static String money(String amount, String currency) {
        BigDecimal total = BigDecimal.ZERO;
        Matcher m = PART.matcher(amount);
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
            int zeros = switch (m.group(2)) {
                case "兆" -> 12;
                case "億" -> 8;
                case "万" -> 4;
                default -> 0;
            };
            total = total.add(n.scaleByPowerOfTen(zeros));
        }
        return ValueFormat.money(ISO.get(currency), total);
    }

    /** A percentage, negative when a minus sign (マイナス, −, ▲) was written. */
    static String percent(boolean negative, String number) {
        BigDecimal n = new BigDecimal(number.replace(",", ""));
        return ValueFormat.percent(negative ? n.negate() : n);
    }
}
