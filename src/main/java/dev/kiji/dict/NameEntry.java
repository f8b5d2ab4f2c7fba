package dev.kiji.dict;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dictionary headword with its name classes and English romanizations/glosses, e.g.
 * {@code プーチン → [SURNAME], [Putin]}.
 *
 * @param key            the headword, NFKC-normalized
 * @param types          name classes (never empty)
 * @param romanizations  English forms in dictionary order, descriptions in parentheses removed
 */
public record NameEntry(String key, Set<NameType> types, List<String> romanizations) {
    public NameEntry {
        Objects.requireNonNull(key, "key");
        types = Set.copyOf(types);
        romanizations = List.copyOf(romanizations);
    }
}
