package dev.kiji.link;

import dev.kiji.doc.Document;
import java.text.Normalizer;
import java.util.Locale;

/** The article text folded for cheap context look-ups (NFKC, lower case). */
final class DocContext {
    private final String folded;

    DocContext(Document doc) {
        String t = doc.normalized() != null ? doc.normalized().text() : doc.text();
        this.folded = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    boolean contains(String foldedWord) {
        return folded.contains(foldedWord);
    }

    /** True when the folded text holds {@code foldedWord} as a whole word or phrase ({@code port}, not in {@code report}). */
    boolean containsWord(String foldedWord) {
        for (int at = folded.indexOf(foldedWord); at >= 0; at = folded.indexOf(foldedWord, at + 1)) {
            int end = at + foldedWord.length();
            if ((at == 0 || !Character.isLetter(folded.charAt(at - 1)))
                    && (end == folded.length() || !Character.isLetter(folded.charAt(end)) || folded.charAt(end) == 's')) {
                return true;
            }
        }
        return false;
    }
}
