package dev.kiji.link;

import dev.kiji.doc.Document;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The article text folded for cheap context look-ups (NFKC, lower case), and the words before a mention. */
final class DocContext {
    /** An English place class and "of" right before a name: the city of Oita, the U.S. state of Georgia. */
    private static final Pattern CLASS_OF = Pattern.compile("(?i)\\b(city|town|village|state|province|prefecture) of $");
    /** A comma and a capitalized name right after a place's name: Tokai, Ibaraki Prefecture; Springfield, Illinois. */
    /** The class words English writes after a place that holds another (Ibaraki Prefecture), which "X, Y" names drop. */
    static final String HOLDER_CLASSES = "Prefecture|State|Province|County";
    private static final Pattern CONTAINER = Pattern.compile(
            "^, ([A-Z][a-z]+(?: (?!(?:" + HOLDER_CLASSES + ")\\b)[A-Z][a-z]+)?)");
    private final String folded;
    private final String text;

    DocContext(Document doc) {
        this.text = doc.text();
        String t = doc.normalized() != null ? doc.normalized().text() : doc.text();
        this.folded = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The place class ({@code city}, {@code state} …, lower case) written with "of" right before {@code start}, or null. */
    String classOfBefore(int start) {
        Matcher m = CLASS_OF.matcher(text.substring(Math.max(0, start - 20), start));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The place named after a comma right after {@code end} without its class word ({@code Ibaraki}), or null. */
    String containerAfter(int end) {
        Matcher m = CONTAINER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return m.find() ? m.group(1) : null;
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
