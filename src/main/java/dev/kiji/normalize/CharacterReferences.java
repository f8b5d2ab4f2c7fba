package dev.kiji.normalize;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.translate.EntityArrays;

/** HTML character references: named ({@code &amp;}), decimal ({@code &#38;}) and hex ({@code &#x26;}). */
final class CharacterReferences {
    private static final int MAX_NAME = 10;
    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        for (Map<CharSequence, CharSequence> m : java.util.List.of(EntityArrays.BASIC_UNESCAPE,
                EntityArrays.ISO8859_1_UNESCAPE, EntityArrays.HTML40_EXTENDED_UNESCAPE, EntityArrays.APOS_UNESCAPE)) {
            m.forEach((k, v) -> NAMED.put(k.toString(), v.toString()));
        }
    }

    private CharacterReferences() {
    }

    /** End (exclusive) of a well-formed reference starting at {@code i}, or {@code i} if none. */
    static int match(String s, int i) {
        int semi = -1;
        int limit = Math.min(s.length(), i + MAX_NAME + 2);
        for (int j = i + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ';') {
                semi = j;
                break;
            }
            if (!(Character.isLetterOrDigit(c) && c < 0x80) && !(c == '#' && j == i + 1)) {
                return i;
            }
        }
        if (semi < 0) {
            return i;
        }
        return decode(s, i, semi + 1) != null ? semi + 1 : i;
    }

    /** The decoded text of the reference {@code s[start, end)}, or {@code null} if invalid. */
    static String decode(String s, int start, int end) {
        String ref = s.substring(start, end);
        if (ref.length() > 3 && ref.charAt(1) == '#') {
            try {
                boolean hex = ref.charAt(2) == 'x' || ref.charAt(2) == 'X';
                String digits = ref.substring(hex ? 3 : 2, ref.length() - 1);
                if (digits.isEmpty()) {
                    return null;
                }
                int cp = Integer.parseInt(digits, hex ? 16 : 10);
                if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return null;
                }
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(ref);
    }
}
