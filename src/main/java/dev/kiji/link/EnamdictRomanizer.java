package dev.kiji.link;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameEntry;
import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * English spellings of katakana name parts from ENAMDICT ({@code ホワイトヘッド → Whitehead}): the
 * spelling an English article uses rather than a Hepburn transliteration. Only all-katakana parts of
 * two or more characters are looked up (kanji parts have several readings, left to the reading
 * tables), and only one-word romanizations are used. The dictionary is fetched on first use.
 */
public final class EnamdictRomanizer implements NameRomanizer {
    private static final Pattern ONE_WORD = Pattern.compile("[A-Z][A-Za-z']*");
    private final Supplier<NameDictionary> dictionary;

    public EnamdictRomanizer(Supplier<NameDictionary> dictionary) {
        this.dictionary = dictionary;
    }

    /** Over the shared dictionary ({@link NameDictionary#shared()}). */
    public static EnamdictRomanizer shared() {
        return new EnamdictRomanizer(NameDictionary::shared);
    }

    @Override
    public Optional<String> english(String japaneseName) {
        String key = Normalizer.normalize(japaneseName, Normalizer.Form.NFKC);
        if (!isKatakana(key)) return Optional.empty();
        Optional<NameEntry> e = dictionary.get().lookup(key);
        if (e.isEmpty()) return Optional.empty();
        for (String r : e.get().romanizations()) {
            if (ONE_WORD.matcher(r).matches()) return Optional.of(r);
        }
        return Optional.empty();
    }

    private static boolean isKatakana(String s) {
        if (s.length() < 2) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'ァ' && c <= 'ヺ') || c == 'ー')) return false;
        }
        return true;
    }
}
