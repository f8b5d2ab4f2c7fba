package dev.kiji.ner;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameType;
import dev.kiji.pipeline.Lazy;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Lower-cased words that occur in the English romanizations of ENAMDICT person entries (surnames,
 * given names, full names): {@code 杉浦 → sugiura}, {@code ベンアフレック → ben, affleck}. Built once
 * per dictionary on first use; read-only afterwards.
 */
final class NameRomanizations {
    private static final int PERSON_MASK = NameType.SURNAME.bit() | NameType.GIVEN.bit() | NameType.PERSON.bit();

    private final Lazy<Set<String>> words;

    NameRomanizations(NameDictionary dictionary) {
        this.words = new Lazy<>(() -> build(dictionary));
    }

    /** Whether {@code word} (any case) is part of some person name's romanization. */
    boolean isNamePart(String word) {
        return words().contains(word.toLowerCase(Locale.ROOT));
    }

    private Set<String> words() {
        return words.get();
    }

    private static Set<String> build(NameDictionary dict) {
        Set<String> out = new HashSet<>(1 << 18);
        char[] word = new char[64];
        for (int i = 0; i < dict.size(); i++) {
            if ((dict.typeMask(i) & PERSON_MASK) == 0) continue;
            CharSequence r = dict.romanizationText(i);
            int n = r.length();
            for (int s = 0; s < n; ) {
                int e = s;
                while (e < n && !isSeparator(r.charAt(e))) e++;
                if (isWord(r, s, e) && e - s <= word.length) {
                    for (int k = s; k < e; k++) word[k - s] = Character.toLowerCase(r.charAt(k));
                    out.add(new String(word, 0, e - s));
                }
                s = e + 1;
            }
        }
        return out;
    }

    /** Romanizations are separated by '|', the words of one by spaces and hyphens. */
    private static boolean isSeparator(char c) {
        return c == '|' || c == ' ' || c == '-';
    }

    /** A capitalized alphabetic word of at least two letters ({@code Sugiura}, not {@code of}, {@code X}). */
    private static boolean isWord(CharSequence s, int from, int to) {
        if (to - from < 2 || !Character.isUpperCase(s.charAt(from))) return false;
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '\'') return false;
        }
        return true;
    }
}
