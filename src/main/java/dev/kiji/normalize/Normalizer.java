package dev.kiji.normalize;

import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import dev.kiji.doc.NormalizedText;
import dev.kiji.pipeline.Stage;
import java.util.Set;

/**
 * Folds text for matching: NFKC width folding (ＮＡＴＯ → NATO, ｶﾞ → ガ), HTML character references
 * ({@code &amp;} → {@code &}) and whitespace (a run containing a line break becomes one {@code \n},
 * any other run one space; U+3000 counts as whitespace). The result keeps, for every output unit,
 * the range of the original text it came from, so analysis spans map back exactly.
 */
public final class Normalizer implements Stage {

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Document process(Document doc) {
        return doc.withNormalized(normalize(doc.text()));
    }

    /** Normalizes {@code text}; see the class comment. */
    public static NormalizedText normalize(String text) {
        OffsetBuilder out = new OffsetBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int j = i;
                boolean newline = false;
                while (j < n && isSpace(text.charAt(j))) {
                    char w = text.charAt(j);
                    newline |= w == '\n' || w == '\r' || w == '\u2028' || w == '\u2029';
                    j++;
                }
                out.append(newline ? "\n" : " ", i, j);
                i = j;
            } else if (c == '&') {
                int end = CharacterReferences.match(text, i);
                if (end > i) {
                    out.append(CharacterReferences.decode(text, i, end), i, end);
                    i = end;
                } else {
                    out.append('&', i, i + 1);
                    i++;
                }
            } else if (c < 0x80) {
                out.append(c, i, i + 1);
                i++;
            } else {
                int end = clusterEnd(text, i);
                out.append(Folding.fold(text, i, end), i, end);
                i = end;
            }
        }
        return out.build();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u3000' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    /** End of the code point at {@code i} plus any combining marks that follow it. */
    private static int clusterEnd(String text, int i) {
        int end = i + Character.charCount(text.codePointAt(i));
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Folding.isCombining(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }
}
