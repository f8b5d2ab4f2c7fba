package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KnowledgeBase;
import java.util.Locale;
import java.util.Set;

/** Abbreviations the KB does not know that stand for a fuller name in the same article: kanji short forms and acronyms. */
final class Abbreviations {
    private Abbreviations() {
    }

    /**
     * A kanji abbreviation the KB does not know, made of characters of the full name in order and opening
     * with its first ({@code 外為法} of {@code 外国為替及び外国貿易法}, {@code 鷲大} of {@code 鷲宮大学}), or, three characters
     * or more, of its last words and ending with its last character ({@code 特措法} of {@code 鷲宮病特別措置法}); not a
     * KB name itself, nor a place.
     */
    static boolean kanji(KnowledgeBase kb, MentionForm abbr, MentionForm full) {
        String a = abbr.key();
        String b = full.key();
        if (a.length() < 2 || b.length() < a.length() + 2 || !allKanji(a) || !kb.lookup(a).isEmpty()) {
            return false;
        }
        if (a.charAt(0) == b.charAt(0)) {
            return inOrder(a, b);
        }
        // 特措法 of 水俣病特別措置法: the short form of the name's last words, sharing its head character
        int from = b.indexOf(a.charAt(0));
        return a.length() >= 3 && from > 0 && a.charAt(a.length() - 1) == b.charAt(b.length() - 1)
                && b.length() - from >= a.length() + 2 && inOrder(a, b.substring(from));
    }

    /** True when the characters of {@code a} occur in {@code b} in order. */
    private static boolean inOrder(String a, String b) {
        int j = 0;
        for (int i = 0; i < b.length() && j < a.length(); i++) {
            if (b.charAt(i) == a.charAt(j)) {
                j++;
            }
        }
        return j == a.length();
    }

    private static final Set<String> ACRONYM_SKIPS = Set.of("of", "and", "the", "for", "in", "on");

    /**
     * An acronym the KB does not know, in capitals, made of the initials of a fuller name's words
     * ({@code NTC} of {@code Northline Transport Co.}, {@code HIIA} of {@code Hokushin Institute of
     * International Affairs}); a legal form's initial may be left out.
     */
    static boolean acronym(KnowledgeBase kb, MentionForm abbr, MentionForm full) {
        String a = EDITION.matcher(abbr.canonical().strip()).replaceAll("");
        if (a.length() < 2 || a.length() > 6 || !a.chars().allMatch(c -> c >= 'A' && c <= 'Z') || !kb.lookup(abbr.key()).isEmpty()) {
            return false;
        }
        return initialsOf(a, full.canonical());
    }

    /** An edition number after an event's acronym: {@code TICAD 9} stands for the ninth conference. */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("(?<=[A-Z]) ?[0-9]{1,3}$");
    /** An ordinal opening an event's name ({@code ninth}, {@code 9th}): no initial of its acronym. */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth");

    /**
     * True when {@code acronym}'s capitals (an edition number after them ignored) are the initials of
     * {@code fullName}'s words, particles and an opening ordinal skipped, or those initials without a legal form's.
     */
    static boolean initialsOf(String acronym, String fullName) {
        String a = EDITION.matcher(java.text.Normalizer.normalize(acronym.strip(), java.text.Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder initials = new StringBuilder();
        StringBuilder withoutForm = new StringBuilder();
        for (String w : fullName.split("[\\s\\-]+")) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (lw.isEmpty() || ACRONYM_SKIPS.contains(lw) || ORDINAL.matcher(lw).matches()) {
                continue;
            }
            initials.append(lw.charAt(0));
            if (!GenericWords.dropEnglish(lw, EntityType.ORGANIZATION)) {
                withoutForm.append(lw.charAt(0));
            }
        }
        String k = a.toLowerCase(Locale.ROOT);
        return initials.length() >= 2 && (k.contentEquals(initials) || k.contentEquals(withoutForm));
    }

    private static boolean allKanji(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
