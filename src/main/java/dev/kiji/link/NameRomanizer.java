package dev.kiji.link;

import java.util.List;
import java.util.Optional;

/**
 * English spelling of a Japanese-script name, e.g. {@code プーチン → Putin}. The linker asks it
 * first and falls back to {@link Hepburn} romanization of the reading; plug a dictionary-backed
 * implementation (ENAMDICT) in through {@link EntityLinker}'s constructor.
 */
@FunctionalInterface
public interface NameRomanizer {
    /** English form of one name or name part, or empty when unknown. */
    Optional<String> english(String japaneseName);

    /**
     * Family and given name of a kanji full name the dictionary lists as one person, romanized
     * ({@code 茂木敏充 → [Motegi, Toshimitsu]}, a reading no table of single names gives), or empty.
     */
    default Optional<List<String>> fullName(String kanjiName) {
        return Optional.empty();
    }

    /** Romanization of a kanji given name the dictionary lists ({@code 颯太 → Souta}), or empty. */
    default Optional<String> givenName(String kanji) {
        return Optional.empty();
    }

    /** Every romanization the dictionary gives a kanji given name, in its order ({@code 颯太 → [Souta]}), or none. */
    default List<String> givenNames(String kanji) {
        return givenName(kanji).map(List::of).orElse(List.of());
    }

    /** Every romanization the dictionary gives a kanji family name, in its order ({@code 東山 → [Higashiyama, Touyama]}). */
    default List<String> familyNames(String kanji) {
        return List.of();
    }

    /** Romanizations of a kanji name the dictionary lists only as a place ({@code 四万十 → [Shimanto]}), or none. */
    default List<String> placeName(String kanji) {
        return List.of();
    }

    /**
     * The reading of a kanji place name that the dictionary's longer place names starting with it mostly share
     * ({@code 岩内 → Iwanai}, as 岩内郡, 岩内岳, 岩内橋 … read, although the dictionary lists Iwauchi first), or empty
     * when none is read so by at least two of them and by more than any other reading.
     */
    default Optional<String> dominantPlaceReading(String kanji) {
        return Optional.empty();
    }

    /**
     * True when the dictionary lists the whole name as something other than a person or a person's name part
     * (a place, station, organization, company, product or work: {@code 新潮社}, {@code 中野坂上}).
     */
    default boolean namesAThing(String name) {
        return false;
    }

    /** A romanizer that knows no names: everything goes through the Hepburn fallback. */
    static NameRomanizer none() {
        return name -> Optional.empty();
    }
}
