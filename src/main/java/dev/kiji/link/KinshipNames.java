package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.NameKey;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A relative named by the given name alone after a kinship word ({@code 父の健吾さん}, {@code 母、由紀さん},
 * {@code his father, Kenji}) shares the family name of the article's person who has one: news copy names a subject's
 * father or mother so, where the other language may write the full name ({@code his father, Kengo Iwasaki}). The mention's form becomes that family name and the given
 * name, read as a given name, so it links and keys like the full name.
 */
final class KinshipNames {
    private static final Pattern KIN_BEFORE = Pattern.compile(
            "(?:父|母|父親|母親|祖父|祖母|兄|弟|姉|妹|夫|妻|長男|次男|三男|長女|次女|三女|息子|娘|叔父|叔母|伯父|伯母)[の、・]$");
    private static final Pattern GIVEN = Pattern.compile("[\\p{IsHan}々]{1,3}");

    private static final Pattern KIN_BEFORE_EN = Pattern.compile(
            "\\b(?:father|mother|brother|sister|son|daughter|wife|husband|grandfather|grandmother|uncle|aunt),?\\s$");
    private static final Pattern LATIN_GIVEN = Pattern.compile("[A-Z][a-z]+");

    private KinshipNames() {
    }

    /** {@code his father, Kenji}: the given name and the family name of the article's first two-word person. */
    private static MentionForm withLatinFamily(MentionForm f, String text, List<MentionForm> earlier) {
        int start = f.start();
        if (!KIN_BEFORE_EN.matcher(text.substring(Math.max(0, start - 14), start)).find()) {
            return f;
        }
        for (MentionForm e : earlier) {
            if (e.type() != EntityType.PERSON || e.partKeys().size() != 2 || !NameForms.isLatin(e.canonical())) {
                continue;
            }
            String family = e.canonical().substring(e.canonical().lastIndexOf(' ') + 1);
            String full = f.canonical() + " " + family;
            String given = f.canonical().toLowerCase(Locale.ROOT);
            String fam = family.toLowerCase(Locale.ROOT);
            return new MentionForm(f.index(), f.mention(), full, NameKey.of(full), f.titles(),
                    List.of(NameKey.of(f.canonical()), NameKey.of(family)), List.of(given, fam), false, f.tokens());
        }
        return f;
    }

    /**
     * {@code f} as the full name of the relative, or {@code f} itself: only a person whose canonical name is one to three
     * kanji right after a kinship word, when an earlier person of the article has a two-part kanji name (the first such
     * gives the family name).
     */
    static MentionForm withFamily(MentionForm f, String text, List<MentionForm> earlier, NameRomanizer spellings) {
        if (f.type() == EntityType.PERSON && f.partKeys().size() == 1 && LATIN_GIVEN.matcher(f.canonical()).matches()) {
            return withLatinFamily(f, text, earlier);
        }
        if (f.type() != EntityType.PERSON || !GIVEN.matcher(f.canonical()).matches() || f.partKeys().size() != 1) {
            return f;
        }
        int start = f.start();
        if (!KIN_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find()) {
            return f;
        }
        String given = f.roman() != null && f.roman().size() == 1 ? f.roman().get(0)  // the name's own reading
                : spellings.givenName(f.canonical()).map(r -> r.toLowerCase(Locale.ROOT)).orElse(null);
        if (given == null) {
            return f;
        }
        for (MentionForm e : earlier) {
            if (e.type() != EntityType.PERSON || e.partKeys().size() != 2 || !e.familyFirst() || e.roman() == null
                    || e.roman().size() != 2 || !KanjiNames.allKanji(e.canonical())) {
                continue;
            }
            String family = e.partKeys().get(0);
            if (family.equals(f.canonical())) {
                return f;
            }
            String full = family + f.canonical();
            return new MentionForm(f.index(), f.mention(), full, NameKey.of(full), f.titles(),
                    List.of(family, NameKey.of(f.canonical())), List.of(e.roman().get(0), given), true, f.tokens());
        }
        return f;
    }
}
