package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prize is named by one to three capitalized words before {@code Award}, {@code Awards} or {@code Prize}
 * ({@code Eisner Award}, {@code Fighting Spirit Prize}), a PRODUCT in the annotation conventions; the CRF finds none or
 * only the person it is named after. Not inside a longer capitalized run (a headline in title case).
 */
final class NamedPrizes {
    private static final Pattern PRIZE = Pattern.compile("\\b(?!The\\b)(?:[A-Z][\\p{L}'’.-]*\\s+){1,3}(?:Awards?|Prize)\\b");
    /** The word before a match: a capitalized one (other than The) means a longer capitalized run. */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’.-]+)\\s+$");

    private NamedPrizes() {
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        return PatternNames.apply(text, mentions, PRIZE, EntityType.PRODUCT, m -> {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
            return !before.find() || !Character.isUpperCase(before.group(1).charAt(0)) || before.group(1).equals("The");
        });
    }
}
