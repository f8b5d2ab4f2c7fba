package dev.kiji.link;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameEntry;
import dev.kiji.dict.NameType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * English spellings of katakana name parts from ENAMDICT ({@code ホワイトヘッド → Whitehead}): the
 * spelling an English article uses rather than a Hepburn transliteration; also the romanization of a kanji
 * full name it lists as a person, of a kanji given name, and of a kanji place name. Only all-katakana parts of
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

    @Override
    public Optional<List<String>> fullName(String kanjiName) {
        if (kanjiName.length() < 3 || !isKanji(kanjiName)) return Optional.empty();
        Optional<NameEntry> e = dictionary.get().lookup(kanjiName);
        if (e.isEmpty() || !e.get().types().contains(NameType.PERSON)) return Optional.empty();
        for (String r : e.get().romanizations()) {
            String[] w = withoutDescription(r).split(" ");
            if (w.length == 2 && ONE_WORD.matcher(w[0]).matches() && ONE_WORD.matcher(w[1]).matches()) {
                return Optional.of(List.of(w[0], w[1]));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> givenName(String kanji) {
        return givenNames(kanji).stream().findFirst();
    }

    @Override
    public List<String> givenNames(String kanji) {
        return allOf(kanji, EnumSet.of(NameType.GIVEN, NameType.OTHER), false);
    }

    /**
     * ENAMDICT's readings of a family name; for a name of three or more kanji it lists as no family name, those of
     * its unclassified entry ({@code 十二月田 Shiwasuda}), as rare family names often are.
     */
    @Override
    public List<String> familyNames(String kanji) {
        List<String> family = allOf(kanji, EnumSet.of(NameType.SURNAME), false);
        return family.isEmpty() && kanji.length() >= 3 ? allOf(kanji, EnumSet.of(NameType.OTHER), false) : family;
    }

    /** A person's name without the description newer entries add after a comma ({@code Taro Yamada, Japanese judoka}). */
    private static String withoutDescription(String romanization) {
        int comma = romanization.indexOf(',');
        return (comma < 0 ? romanization : romanization.substring(0, comma)).strip();
    }

    @Override
    public List<String> placeName(String kanji) {
        return allOf(kanji, EnumSet.of(NameType.PLACE), true);
    }

    private static final int PLACE_BITS = NameType.PLACE.bit() | NameType.STATION.bit();
    /** Longer place names consulted at most, so that a one-kanji prefix costs a bounded scan. */
    private static final int MAX_SUPPORT_SCAN = 400;
    /**
     * What follows a place name in the longer names that attest its reading: a place class or a feature named after
     * it ({@code 岩内郡}, {@code 鳥海大橋}); any other continuation may be another word ({@code 大和田} is no 大和).
     */
    private static final Set<String> PLACE_TAILS = Set.of("山", "川", "橋", "大橋", "町", "村", "郡", "市", "区", "駅",
            "岳", "湖", "湾", "島", "峠", "沢", "線", "北", "南", "東", "西", "口", "港", "岬", "温泉", "学園", "高校",
            "小学校", "中学校", "神社", "寺", "公園", "城", "平野", "半島", "海岸", "ダム", "本町", "新田", "駅前",
            "上", "下", "中", "台", "浜", "川橋", "トンネル", "インター", "海水浴場");
    /** Length of the longest of {@link #PLACE_TAILS}: a longer rest is checked without building the entry. */
    private static final int MAX_TAIL = PLACE_TAILS.stream().mapToInt(String::length).max().orElse(0);

    @Override
    public Optional<String> dominantPlaceReading(String kanji) {
        if (kanji.length() < 2 || !isKanji(kanji)) return Optional.empty();
        NameDictionary d = dictionary.get();
        Optional<NameEntry> e = d.lookup(kanji);
        if (e.isEmpty()) return Optional.empty();
        List<String> readings = e.get().romanizations().stream().filter(r -> ONE_WORD.matcher(r).matches())
                .map(r -> letters(r)).distinct().toList();
        if (readings.size() < 2) return Optional.empty();
        long range = d.prefixRange(kanji);
        int lo = (int) (range >>> 32);
        int hi = Math.min((int) range, lo + 1 + MAX_SUPPORT_SCAN);
        int[] support = new int[readings.size()];
        for (int i = lo; i < hi; i++) {
            if ((d.typeMask(i) & PLACE_BITS) == 0 || d.keyLength(i) - kanji.length() > MAX_TAIL
                    || !PLACE_TAILS.contains(d.entry(i).key().substring(kanji.length()))) {
                continue;
            }
            int k = longestReadingStarting(letters(d.romanizationText(i).toString()), readings);
            if (k >= 0) support[k]++;
        }
        int best = 0;
        for (int k = 1; k < support.length; k++) {
            if (support[k] > support[best]) best = k;
        }
        for (int k = 0; k < support.length; k++) {
            if (k != best && support[k] >= support[best]) return Optional.empty();
        }
        return support[best] >= 2 ? Optional.of(readings.get(best)) : Optional.empty();
    }

    /** Index of the longest of {@code readings} that one of the {@code |}-joined {@code forms} starts with, or -1. */
    private static int longestReadingStarting(String forms, List<String> readings) {
        int best = -1;
        for (String f : forms.split("\\|")) {
            for (int k = 0; k < readings.size(); k++) {
                if (f.startsWith(readings.get(k)) && (best < 0 || readings.get(k).length() > readings.get(best).length())) {
                    best = k;
                }
            }
        }
        return best;
    }

    /** Lower-case letters of a romanization, with {@code |} kept between forms. */
    private static String letters(String r) {
        return r.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z|]", "");
    }

    private static final Set<NameType> THINGS = EnumSet.of(NameType.PLACE, NameType.STATION, NameType.ORGANIZATION,
            NameType.COMPANY, NameType.PRODUCT, NameType.WORK);

    @Override
    public boolean namesAThing(String name) {
        Optional<NameEntry> e = dictionary.get().lookup(Normalizer.normalize(name, Normalizer.Form.NFKC));
        return e.isPresent() && e.get().types().stream().anyMatch(THINGS::contains);
    }

    /** One-word romanizations of a kanji entry of one of {@code types} (of only those, when {@code only}). */
    private List<String> allOf(String kanji, Set<NameType> types, boolean only) {
        if (kanji.isEmpty() || !isKanji(kanji)) return List.of();
        Optional<NameEntry> e = dictionary.get().lookup(kanji);
        if (e.isEmpty() || (only ? !types.containsAll(e.get().types()) : e.get().types().stream().noneMatch(types::contains))) {
            return List.of();
        }
        return e.get().romanizations().stream().filter(r -> ONE_WORD.matcher(r).matches()).toList();
    }

    private static boolean isKanji(String s) {
        return dev.kiji.link.kb.NameReadings.allKanji(s);
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
