package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.util.Comparator;

/**
 * The form of a cluster an unlinked entity's NIL key is read from: the form nearest to how the other
 * language writes the name, when the article gives one besides its fullest form. The English article
 * names a foreign entity in Latin letters and a foreign person by the sound of the name, so
 * <ul>
 *   <li>a person named in kanji whose article also gives the name in katakana parts (a Korean or Chinese
 *       name with its reading: {@code 金大植（キム・デシク）}) is keyed from the katakana, whose sound the
 *       English spelling shares, not from the Japanese reading of the kanji;</li>
 *   <li>any other entity whose Japanese article also writes it in Latin letters (a work's original title:
 *       {@code 海の灯（The Sea Lamp）}) is keyed from the Latin form.</li>
 * </ul>
 * An event that either article writes as an acronym besides its full name is keyed from the acronym
 * ({@code ＴＩＣＡＤ９}, {@code HIFOR 9}): events such as summits are named by acronym and edition in both languages, while
 * the full names are a translation apart. For anything else an acronym beside a full name
 * ({@code 日本チェス協会（ＪＣＡ）}, {@code Cambodian Mine Action Centre (CMAC)}) does not key the entity: the other
 * article often names it in full only (an English article seldom repeats a Japanese body's
 * acronym, nor a Japanese article an English one's), and the full names agree through {@link NilKey}'s translation.
 * Keying organizations from the acronym made 3 more of 162 entity pairs disagree on the development pairs h97–h104 than keying from
 * the full name, and agreed on no other pair. Otherwise the representative (fullest) form. A function of the cluster
 * alone, so deterministic.
 */
final class NilKeyForm {
    private NilKeyForm() {
    }

    static MentionForm of(Cluster c, EntityType type) {
        MentionForm rep = c.representative();
        if (type == EntityType.EVENT) {
            boolean latin = NameForms.isLatin(rep.canonical());
            MentionForm acronym = c.forms().stream().filter(f -> isAcronym(f.canonical())
                    && (!latin || f == rep || Abbreviations.initialsOf(f.canonical(), rep.canonical()))).max(FULLEST).orElse(null);
            if (acronym != null) {
                return acronym;
            }
        }
        if (NameForms.isLatin(rep.canonical())) {
            return rep;
        }
        if (type == EntityType.PERSON) {
            if (Hepburn.isKana(rep.canonical())) {
                return rep;
            }
            return c.forms().stream()
                    .filter(f -> Hepburn.isKana(f.canonical()) && f.roman() != null && f.roman().size() > 1)
                    .max(FULLEST).orElse(rep);
        }
        return c.forms().stream().filter(f -> NameForms.isLatin(f.canonical()) && letters(f.canonical()) > 1 && !isAcronym(f.canonical()))
                .max(FULLEST).orElse(rep);
    }

    /** Most parts, then longest key, then earliest: as {@link Cluster#representative}. */
    private static final Comparator<MentionForm> FULLEST = Comparator.comparingInt((MentionForm f) -> f.partKeys().size())
            .thenComparingInt(f -> f.key().length())
            .thenComparing(Comparator.comparingInt(MentionForm::start).reversed());

    /** Capital letters, maybe with an edition number: {@code CMAC}, {@code ＴＩＣＡＤ９}, {@code TICAD 9}, {@code G7}. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z&]{1,7}(?: ?[0-9]{1,3})?");

    /** True for a name written as an acronym ({@link #ACRONYM}), in either width. */
    static boolean isAcronym(String canonical) {
        return ACRONYM.matcher(java.text.Normalizer.normalize(canonical.strip(), java.text.Normalizer.Form.NFKC)).matches();
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }
}
