package dev.kiji.segment;

import dev.kiji.doc.NormalizedText;
import java.util.Arrays;

/**
 * Test stand-in for the real normalizer with the same length-changing behaviour: full-width ASCII
 * folds to ASCII, {@code &amp;} decodes to {@code &}, and a whitespace run becomes one "\n" when it
 * holds a line break, else one " ".
 */
public final class FoldingNormalization {
    private FoldingNormalization() {
    }

    public static NormalizedText of(String original) {
        StringBuilder sb = new StringBuilder();
        int n = original.length();
        int[] s = new int[n];
        int[] e = new int[n];
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            int end = i + 1;
            char out = c;
            if (TextChars.isSpace(c)) {
                boolean newline = false;
                while (end <= n && TextChars.isSpace(original.charAt(end - 1))) {
                    newline |= TextChars.isLineBreak(original.charAt(end - 1));
                    end++;
                }
                end--;
                out = newline ? '\n' : ' ';
            } else if (original.startsWith("&amp;", i)) {
                end = i + 5;
                out = '&';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                out = (char) (c - 0xFEE0);
            }
            s[sb.length()] = i;
            e[sb.length()] = end;
            sb.append(out);
            i = end;
        }
        return new NormalizedText(sb.toString(), Arrays.copyOf(s, sb.length()), Arrays.copyOf(e, sb.length()));
    }
}
