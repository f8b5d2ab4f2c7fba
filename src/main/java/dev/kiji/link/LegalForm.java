package dev.kiji.link;

import dev.kiji.link.kb.NameKey;
import java.util.regex.Pattern;

/**
 * A company name without its legal form, for KB lookup: {@code East Japan Railway Co.},
 * {@code Sony Group Corp.}, {@code Eli Lilly and Co.}, {@code 株式会社ソニー} and {@code ソニー（株）} are looked up as the KB writes
 * them, without the form. Only a separate trailing English word or a Japanese form at either end is
 * removed ({@code Mexico} keeps its {@code co}).
 */
final class LegalForm {
    private static final Pattern EN = Pattern.compile(
            "(?i)(?:,?\\s+(?:co\\.?,?\\s*ltd\\.?|(?:(?:and|&)\\s+)?co\\.?|inc\\.?|corp\\.?|corporation|ltd\\.?|limited|(?:(?:and|&)\\s+)?company|llc|plc|k\\.k\\.))+\\s*$");
    private static final Pattern JA = Pattern.compile("^(?:株式会社|\\(株\\)|（株）)|(?:株式会社|\\(株\\)|（株）)$");

    private LegalForm() {
    }

    /** The lookup key of {@code name} without its legal form, or {@code null} when it has none (or nothing else). */
    static String strippedKey(String name) {
        String s = JA.matcher(EN.matcher(name).replaceAll("")).replaceAll("").strip();
        if (s.equals(name.strip()) || s.isEmpty()) {
            return null;
        }
        String k = NameKey.of(s);
        return k.isEmpty() ? null : k;
    }
}
