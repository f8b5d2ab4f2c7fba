package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.util.regex.Pattern;

/**
 * A name the article glosses in parentheses right after another name of the same entity, in another script:
 * a kanji person's name with its katakana reading ({@code 金大植（キム・デシク）}), a Japanese title with the
 * original ({@code 「海の灯」（英題「The Sea Lamp」）}), a name with its Latin acronym
 * ({@code 国際学力調査（ＸＹＺＡ）}) or an abbreviation with Latin letters ({@code 北中米ワールドカップ（Ｗ杯）}).
 * Such a gloss is the same entity even though no key relates the two forms, and it is often the form the other
 * language's article uses ({@link NilKeyForm}). The gloss must follow the name within its own parenthesis, with at
 * most a short label ({@code 英題}, {@code 英語名}) before it.
 */
final class ParentheticalGloss {
    private static final Pattern BETWEEN = Pattern.compile("[」』\"”]?[（(][^（）()、。，,]{0,4}?[「『\"“]?");
    private static final Pattern AFTER = Pattern.compile("^[」』\"”]?[）)]");

    private ParentheticalGloss() {
    }

    /** True when {@code gloss} is a parenthetical gloss, in another script, of {@code name} just before it. */
    static boolean glosses(String text, MentionForm name, MentionForm gloss) {
        if (text == null || !compatible(name.type(), gloss.type())
                || script(name) == script(gloss) && !(hasLatin(gloss.canonical()) && !hasLatin(name.canonical()))) {
            return false;
        }
        int from = name.mention().span().end();
        int to = gloss.mention().span().start();
        int end = gloss.mention().span().end();
        if (from > to || to - from > 8 || end > text.length()) {
            return false;
        }
        return BETWEEN.matcher(text.substring(from, to)).matches()
                && AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2))).find();
    }

    /** Latin letters, half or full width: the mark of an abbreviation glossing a name without any (Ｗ杯, Ｇ７). */
    private static boolean hasLatin(String s) {
        return s.chars().anyMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ');
    }

    /**
     * Same type, or two kinds of thing the recognizers confuse (an organization, a facility, a product); a person's
     * gloss is a person's, and a place after anything else is its address ({@code カミツレロボ（神戸市）}), not a gloss.
     */
    private static boolean compatible(EntityType a, EntityType b) {
        return a == b || a != EntityType.PERSON && b != EntityType.PERSON
                && a != EntityType.LOCATION && b != EntityType.LOCATION;
    }

    private static ForeignName.Script script(MentionForm f) {
        return NilNames.script(f.canonical());
    }
}
