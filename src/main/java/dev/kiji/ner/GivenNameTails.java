package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameType;
import dev.kiji.link.ModernGivenNames;
import dev.kiji.link.kb.Titles;
import java.util.List;

/**
 * A person's name the tagger stopped inside its given name (岩崎颯|真, where Kuromoji cut a modern given name the
 * dictionary has not as one word) runs on to the end of that given name: one or two more kanji that, with the
 * given-name part already in the mention, make a given name (ENAMDICT's or {@link ModernGivenNames}') after an
 * ENAMDICT surname, when a title or no further kanji follows (岩崎颯真（１８）, 岩崎颯真投手).
 */
final class GivenNameTails {
    private GivenNameTails() {
    }

    /** Lengthens, in place, the PERSON spans of {@code out} (sorted) whose given name runs on past their end. */
    static void apply(String text, List<Span> out, NameDictionary dictionary) {
        if (dictionary == null) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            int limit = i + 1 < out.size() ? out.get(i + 1).start() : text.length();
            if (s.type() == NerClass.PERSON) {
                int end = longerEnd(text, s, Math.min(limit, text.length()), dictionary);
                if (end > s.end()) {
                    out.set(i, new Span(s.start(), end, s.type()));
                }
            }
        }
    }

    /**
     * Replaces, in place, each span of another type that is a kanji surname and given name ENAMDICT lists followed by a
     * person's title ({@code 一口健太ヘッドコーチ} typed an organization) with that PERSON, the title outside.
     */
    static void titledNames(String text, List<Span> out, NameDictionary dictionary) {
        if (dictionary == null) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i);
            String t = text.substring(s.start(), s.end());
            int title = s.type() == NerClass.PERSON ? 0 : BoundaryFixer.personSuffixLength(t);
            int end = s.end() - title;
            if (title > 0 && end - s.start() >= 3 && end - s.start() <= 6 && allKanji(text, s.start(), end)
                    && surnameAndGivenName(text.substring(s.start(), end), end - s.start() - 1, dictionary)) {
                out.set(i, new Span(s.start(), end, NerClass.PERSON));
            }
        }
    }

    /**
     * Adds, in place, the PERSON a whole kanji run before a person's title is when it is a surname ENAMDICT lists (as
     * a family name or unclassified: 十二月田, 春夏秋冬) and a given name, and ENAMDICT knows the run as no place or
     * body ({@code 熊大の十二月田彩准教授}, {@code 会見した春夏秋冬誠取締役}); a mention the tagger put inside the run
     * (月田彩, 畑令子 of 小豆畑令子さん) gives way to it. Runs that overlap a mention reaching outside them are left alone.
     */
    static void untaggedTitledNames(String text, List<Span> out, NameDictionary dictionary) {
        if (dictionary == null) {
            return;
        }
        int i = 0;
        while (i < text.length()) {
            if (CharClass.of(text.charAt(i)) != CharClass.KANJI) {
                i++;
                continue;
            }
            int a = i;
            while (i < text.length() && CharClass.of(text.charAt(i)) == CharClass.KANJI) {
                i++;
            }
            int p = firstTitle(text, a, i);
            if (p - a >= 3 && p - a <= MAX_RUN && fullNameOfRareSurname(text.substring(a, p), dictionary)) {
                replaceInside(out, new Span(a, p, NerClass.PERSON));
            }
        }
    }

    private static final int MAX_RUN = 7;

    /**
     * The first offset of the kanji run [a,end) after two characters, or its end, where a person's title starts, else
     * -1; only within {@link #MAX_RUN} characters of {@code a}, as a longer name is none.
     */
    private static int firstTitle(String text, int a, int end) {
        for (int p = a + 2; p <= Math.min(end, a + MAX_RUN) && p < text.length(); p++) {
            if (Titles.following(text, p).size() == 1) {  // no country before it: 四月一|日七段 is no 日 + 七段
                return p;
            }
        }
        return -1;
    }

    /**
     * A name ENAMDICT knows as no place or body that is a surname of two to four characters it lists as a family or
     * unclassified name, then a given name ({@link #surnameAndGivenName}).
     */
    private static boolean fullNameOfRareSurname(String name, NameDictionary dictionary) {
        return !PersonTitles.placeOrBody(name, dictionary) && splits(name, 2, 4, true, dictionary);
    }

    /** Puts {@code name} in {@code out} in place of the spans inside it, unless a span overlaps it and reaches outside. */
    private static void replaceInside(List<Span> out, Span name) {
        for (Span o : out) {
            boolean overlaps = o.start() < name.end() && o.end() > name.start();
            if (overlaps && (o.start() < name.start() || o.end() > name.end() || o.equals(name))) {
                return;
            }
        }
        out.removeIf(o -> o.start() >= name.start() && o.end() <= name.end());
        out.add(name);
        out.sort(null);
    }

    private static int longerEnd(String text, Span s, int limit, NameDictionary dictionary) {
        for (int k = 2; k >= 1; k--) {
            int end = s.end() + k;
            if (end > limit || !allKanji(text, s.end(), end) || !boundary(text, end)) {
                continue;
            }
            if (surnameAndGivenName(text.substring(s.start(), end), s.end() - s.start() - 1, dictionary)) {
                return end;  // the given name keeps at least one character the mention had
            }
        }
        return s.end();
    }

    /** A given name ends before a title or anything but a kanji. */
    private static boolean boundary(String text, int end) {
        return end >= text.length() || CharClass.of(text.charAt(end)) != CharClass.KANJI || !Titles.following(text, end).isEmpty();
    }

    private static boolean allKanji(String text, int a, int b) {
        for (int j = a; j < b; j++) {
            if (CharClass.of(text.charAt(j)) != CharClass.KANJI) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code name} is a kanji surname ENAMDICT lists, of at most {@code maxSurname} characters, followed by a
     * given name ENAMDICT or {@link ModernGivenNames} lists (小倉|拓海, 岩崎|颯真).
     */
    static boolean surnameAndGivenName(String name, int maxSurname, NameDictionary dictionary) {
        return splits(name, 1, maxSurname, false, dictionary);
    }

    /**
     * Whether {@code name} cuts after {@code min} to {@code max} characters into a family name ENAMDICT lists (or, when
     * {@code unclassified}, lists as an unclassified name) and a given name it or {@link ModernGivenNames} lists.
     */
    private static boolean splits(String name, int min, int max, boolean unclassified, NameDictionary dictionary) {
        for (int p = min; p <= max && p < name.length(); p++) {
            String family = name.substring(0, p);
            String given = name.substring(p);
            if ((is(dictionary, family, NameType.SURNAME) || unclassified && is(dictionary, family, NameType.OTHER))
                    && (is(dictionary, given, NameType.GIVEN) || ModernGivenNames.contains(given))) {
                return true;
            }
        }
        return false;
    }

    private static boolean is(NameDictionary dictionary, String name, NameType type) {
        return dictionary.lookup(name).map(e -> e.types().contains(type)).orElse(false);
    }
}
