package dev.kiji.link;

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

    /** A romanizer that knows no names: everything goes through the Hepburn fallback. */
    static NameRomanizer none() {
        return name -> Optional.empty();
    }
}
