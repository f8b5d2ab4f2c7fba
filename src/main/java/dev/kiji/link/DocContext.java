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
}
