package dev.kiji.link;

import dev.kiji.link.kb.NameReadings;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, the same way on the Japanese and the English side, which romanized name part keeps its
 * exact {@link RomanKey} and which takes the cross-script {@link PhoneticKey}. A part that is the
 * romanization of a Japanese family or given name ENAMDICT knows ({@link NameReadings}: {@code sato},
 * {@code saito}, {@code tsuyoshi}; only those that are Hepburn, not the pinyin of a Chinese name the table also
 * holds, such as {@code heng}) stays exact, so Japanese names never collide by sound; any other
 * part is keyed by sound when it is foreign: a Latin spelling that is not Hepburn ({@code Daniel},
 * {@code Nexus}, {@code Virtanen}) with {@link PhoneticKey#ofLatin}, kana that looks like a foreign
 * word with {@link PhoneticKey#ofRomaji}; a kanji reading and a Hepburn spelling stay exact.
 */
final class ForeignName {
    private static final String ONSET = "(?:ky|gy|sh|ch|ny|hy|by|py|my|ry|j|ts|f(?=u)|k|g|s(?!i)|z(?!i)|t(?=[aeo])|d(?=[aeo])"
            + "|n|h(?!u)|b|p|m|r|w(?=[ao])|y(?=[auo]))";
    private static final Pattern HEPBURN = Pattern.compile("(?:(?:kk|ss|tt|pp|tch|ssh|cch|tts)?" + ONSET + "?[aeiou]|n)+");
    /** Letters {@link Hepburn} never writes: a "kana" part spelt so came from an English romanizer. */
    private static final Pattern NOT_ROMAJI = Pattern.compile("[lqx]|c(?!h)|y(?![aeiou])");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private final Set<String> japanese;
    /** {@link KanjiNameSpellings}: every spelling of a kanji family or given name. */
    private final Set<String> kanjiNames;
    /** {@link RomanKey#unvoiced} skeleton → the commonest Japanese name spelling with that skeleton. */
    private final Map<String, String> byVoicing;

    ForeignName(NameReadings readings) {
        this(readings, KanjiNameSpellings.shared());
    }

    ForeignName(NameReadings readings, Set<String> kanjiNames) {
        this.kanjiNames = kanjiNames;
        Set<String> j = new HashSet<>();
        readings.romanizations().stream().map(RomanKey::part).filter(ForeignName::isHepburn).forEach(j::add);
        this.japanese = Set.copyOf(j);
        Map<String, Integer> freq = new HashMap<>();
        readings.romanizationFrequencies().forEach((r, n) -> freq.merge(RomanKey.part(r), n, Integer::sum));
        Map<String, String> best = new HashMap<>();
        for (String r : new java.util.TreeSet<>(japanese)) {  // sorted: ties go to the first spelling, deterministically
            best.merge(RomanKey.unvoiced(r), r, (a, b) -> freq.getOrDefault(b, 0) > freq.getOrDefault(a, 0) ? b : a);
        }
        this.byVoicing = Map.copyOf(best);
    }

    private static final class Holder {
        static final ForeignName SHARED = new ForeignName(NameReadings.shared());
    }

    static ForeignName shared() {
        return Holder.SHARED;
    }

    /**
     * Two Japanese name parts of four or more letters each that ENAMDICT knows ({@code maru|take}, {@code mizu|nara}):
     * a Japanese word written in katakana, as a brand often is, whose English spelling is its romaji, so it is keyed
     * exactly like the romaji and not by sound like a loanword ({@code sumi|su} has no such parts).
     */
    private boolean japaneseCompound(String romaji) {
        for (int i = 4; i + 4 <= romaji.length(); i++) {
            if (japanese.contains(romaji.substring(0, i)) && japanese.contains(romaji.substring(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code romaji} (lower case letters) is the romanization of a Japanese name ENAMDICT knows. */
    boolean isJapaneseName(String romaji) {
        return japanese.contains(RomanKey.part(romaji));
    }

    /** Strict modified Hepburn: a sequence of kana syllables ({@code nakamura}, not {@code tunde} or {@code mikael}). */
    static boolean isHepburn(String letters) {
        return !letters.isEmpty() && HEPBURN.matcher(letters).matches();
    }

    /** Where a romanized name part came from. */
    enum Script { LATIN, KANA, KANJI }

    /**
     * Key of one name part: exact for a known Japanese name, a kanji reading, a Latin spelling that is
     * valid Hepburn and kana that reads like a Japanese word ({@code アオバ}); by sound for a Latin spelling
     * that is not Hepburn ({@code Nexus}) and kana that looks like a foreign word ({@code ネクサス}: a vowel
     * katakana adds to a consonant, a foreign-only syllable, a long-vowel mark).
     */
    String part(String roman, Script script) {
        if (DIGIT.matcher(roman).find()) {
            return roman.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");  // Typhoon No. 14 = 台風14号
        }
        String exact = RomanKey.part(roman);
        if (exact.isEmpty() || japanese.contains(exact)) {
            return exact;
        }
        Script s = script == Script.KANA && NOT_ROMAJI.matcher(roman).find() ? Script.LATIN : script;
        return switch (s) {
            case LATIN -> latinHepburn(roman) ? exact : rForLHepburn(roman) ? RomanKey.part(rForL(roman))
                    : PhoneticKey.ofLatin(roman);
            case KANA -> PhoneticKey.looksForeign(roman) && !japaneseCompound(exact) ? PhoneticKey.ofRomaji(roman) : exact;
            case KANJI -> exact;
        };
    }

    /**
     * Person key: parts keyed one by one and sorted (name order differs between the languages). A
     * name with two or more parts of which one is foreign ({@link #foreign}), or in katakana (a Japanese
     * person is written in kanji; {@code キム・ジョンヒョン}) unless every part is a Japanese name
     * ({@link #japaneseInKana}: {@code マリナ・ヤマグチ}), is a foreign name as a whole:
     * every part is keyed by sound, known Japanese names included ({@code Anne Sullivan} = アン・サリヴァン,
     * {@code Ira} = アイラ), since the two languages need not agree on which single part looks foreign.
     */
    String person(List<String> words, Script script, boolean kanaLoanMarks) {
        List<String> parts = withParticlesJoined(words);
        if (parts.size() == 1) {
            return commonVoicing(mononym(parts.get(0), script), parts.get(0));
        }
        boolean nikkei = script == Script.KANA && !kanaLoanMarks && parts.stream().allMatch(this::japaneseInKana);
        boolean ySpelling = script == Script.LATIN && parts.stream().anyMatch(ForeignName::jSoundsY);
        boolean whole = script != Script.KANJI && parts.size() > 1 && !nikkei
                && (kanaLoanMarks || script == Script.KANA || parts.stream().anyMatch(p -> foreign(p, script))
                        || ySpelling && parts.stream().noneMatch(this::knownJapanese)
                        || script == Script.LATIN && parts.stream().noneMatch(this::anyJapaneseSpelling));
        boolean jAsY = whole && ySpelling;
        return parts.stream().map(p -> whole ? sound(jAsY ? J_BEFORE_VOWEL.matcher(p).replaceFirst("y") : p, script)
                : japanesePart(p, script)).filter(p -> !p.isEmpty()).sorted().reduce((a, b) -> a + "_" + b).orElse("");
    }

    /**
     * A part that ENAMDICT gives some kanji family or given name as its spelling ({@link KanjiNameSpellings}); any part
     * when that set is not shipped.
     */
    private boolean anyJapaneseSpelling(String roman) {
        String exact = RomanKey.part(roman);
        return kanjiNames.isEmpty() || japanese.contains(exact) || kanjiNames.contains(exact);
    }

    /** A part that is a Japanese name ENAMDICT knows as spelt. */
    private boolean knownJapanese(String roman) {
        return japanese.contains(RomanKey.part(roman));
    }

    private static final Pattern J_BEFORE_VOWEL = Pattern.compile("^[Jj](?=[aeiouAEIOU])");

    /**
     * Spellings of the languages whose j sounds y (Nordic, Finnish, Dutch, German, Polish and other Central European
     * ones), which katakana writes ヨ, ヤ, ユ: {@code Jon Stefansson} ヨン, {@code Johan Lindqvist} ヨハン, {@code Jouni
     * Heikkinen} ヨウニ; English, French and Spanish j is ジ or ホ. A Latin name with one such part has its parts' first
     * j before a vowel read y, and is foreign even when every part happens to be valid Hepburn ({@code Pekka Hakanen}),
     * unless a part is a Japanese name: a Japanese name in romaji has none of these spellings, but the readings table
     * does not hold every Japanese name ({@code Hina}), so Hepburn parts alone do not make a name foreign.
     */
    static boolean jSoundsY(String roman) {
        return J_LANGUAGES.matcher(roman.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /** Read from name parts as {@link dev.kiji.link.kb.NameKey} folds them: lower case, diacritics gone (Ström → strom). */
    private static final Pattern J_LANGUAGES = Pattern.compile(
            "(?:sson|ssen|nen|qvist|kvist|strom|ski|ska|cki|cka|dottir)$|kk|qv|ijk|sz|cz|rz");

    /**
     * Romance, Dutch and German surname particles and their katakana ({@code de, da, dos, van, von}; {@code デ,
     * ダ, ドス, フォン}).
     */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "di", "del", "della", "du",
            "van", "von", "der", "den", "ter", "dosu", "dasu", "deru", "fon");

    /**
     * The parts of a name with a surname particle joined to the part after it: English spells {@code Tarcisio de
     * Freitas} in three words where Japanese writes {@code タルシジオ・デフレイタス} in two (or {@code デ・フレイタス}).
     */
    static List<String> withParticlesJoined(List<String> parts) {
        if (parts.size() < 2 || parts.stream().noneMatch(p -> PARTICLES.contains(p.toLowerCase(java.util.Locale.ROOT)))) {
            return parts;
        }
        List<String> out = new java.util.ArrayList<>();
        String pending = "";
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i < parts.size() - 1 && PARTICLES.contains(p.toLowerCase(java.util.Locale.ROOT))) {
                pending += p.equalsIgnoreCase("von") ? "fon" : p;  // German von sounds fon: フォン
            } else {
                out.add(pending + p);
                pending = "";
            }
        }
        return out;
    }

    /**
     * A katakana name part that is a Japanese name ENAMDICT knows, of four or more letters ({@code ヤマグチ},
     * {@code マリナ}): a person of Japanese descent abroad is written in katakana ({@code マリナ・ヤマグチ}) and English
     * spells the same romaji, so such a name keys exactly as its English spelling does. Shorter parts ({@code ユ},
     * {@code ジン}) are as likely Korean or Chinese syllables.
     */
    private boolean japaneseInKana(String roman) {
        String exact = RomanKey.part(roman);
        return exact.length() >= 4 && japanese.contains(exact);
    }

    /**
     * A part of a Japanese person's name: {@link #part}, and when that is the exact romaji, the commonest Japanese
     * name spelling that differs from it in voicing only ({@link RomanKey#unvoiced}), so that {@code Arakaki} and the
     * dictionary's {@code Aragaki} for 新垣 agree while the key stays a real spelling ({@code suzuki}, not a skeleton).
     */
    private String japanesePart(String roman, Script script) {
        return commonVoicing(part(roman, script), roman);
    }

    /**
     * {@code key} when it was keyed by sound, else the commonest name spelling with its voicing skeleton, or the
     * skeleton itself for a name the readings table does not know: a rare name's kanji voice or not as the family
     * has it ({@code 蓬田} Yomogita or Yomogida), and Kuromoji's guess need not be the spelling the English article uses.
     */
    private String commonVoicing(String key, String roman) {
        if (!key.equals(RomanKey.part(roman))) {
            return key;
        }
        String skeleton = RomanKey.unvoiced(key);
        return byVoicing.getOrDefault(skeleton, skeleton);
    }

    String person(List<String> parts, Script script) {
        return person(parts, script, false);
    }

    /**
     * A one-word name ({@code Vijay} = ビジャイ, {@code Kagame} = カガメ, {@code Saginuma} = 鷺沼) is keyed by sound in
     * every script, whether or not its spelling happens to be valid Hepburn, unless it is a Japanese name ENAMDICT
     * knows (up to voicing: {@code Toyota}): the two scripts cannot agree on which foreign spellings look Japanese
     * ({@code bijai} is Hepburn, {@code Vijay} is not), but they agree on the sound.
     */
    private String mononym(String roman, Script script) {
        String exact = RomanKey.part(roman);
        if (exact.isEmpty() || japanese.contains(exact) || byVoicing.containsKey(RomanKey.unvoiced(exact))
                || DIGIT.matcher(roman).find()) {
            return part(roman, script);
        }
        return sound(roman, script);
    }

    /**
     * True when a Latin spelling is Hepburn once long vowels are folded ({@code Ohno}, {@code Satou}); a doubled
     * {@code m} ({@code Emma}, {@code Hammond}) is English spelling although {@link RomanKey} folds it to the
     * {@code nm} of a Hepburn ん.
     */
    private static boolean latinHepburn(String roman) {
        return isHepburn(RomanKey.part(roman)) && !roman.toLowerCase(java.util.Locale.ROOT).contains("mm");
    }

    /**
     * True when {@link #part} keys this word by sound rather than by a romaji: its exact one, or the r-for-l one of a
     * Latin spelling ({@link #rForL}).
     */
    boolean bySound(String roman, Script script) {
        return foreign(roman, script) && !(script == Script.LATIN && rForLHepburn(roman));
    }

    /**
     * True when a Latin spelling with an l is Hepburn once r is written for it, in syllables of one vowel each
     * ({@code Lima} rima, {@code Aloha} aroha, {@code Milano} mirano; not {@code League}): such a word is written in
     * plain katakana (リマ, アロハ, ミラノ), which keys as that romaji.
     */
    private static boolean rForLHepburn(String roman) {
        String r = rForL(roman);
        return !r.equals(roman) && latinHepburn(r) && !TWO_VOWELS.matcher(r.toLowerCase(java.util.Locale.ROOT)).find();
    }

    private static final Pattern TWO_VOWELS = Pattern.compile("[aeiou]{2}");

    private static String rForL(String roman) {
        return roman.replace('l', 'r').replace('L', 'R');
    }

    /** True when a "kana" word has letters Hepburn never writes (it came from an English romanizer). */
    static boolean notRomaji(String roman) {
        return NOT_ROMAJI.matcher(roman).find();
    }

    /** True when {@link #part} would key this part by sound. */
    private boolean foreign(String roman, Script script) {
        String exact = RomanKey.part(roman);
        return !exact.isEmpty() && !DIGIT.matcher(roman).find() && !japanese.contains(exact)
                && !part(roman, script).equals(exact);
    }

    private static String sound(String roman, Script script) {
        boolean latin = script == Script.LATIN || NOT_ROMAJI.matcher(roman).find();
        return latin && !latinHepburn(roman) ? PhoneticKey.ofLatin(roman)
                : PhoneticKey.ofRomaji(latin ? RomanKey.part(roman) : roman);  // kana keeps long vowels: ルーラ ruura
    }

    /** True when katakana has a trait only loanwords have: a long-vowel mark, a small vowel, ヴ. */
    static boolean loanMarks(String kana) {
        for (int i = 0; i < kana.length(); i++) {
            char c = kana.charAt(i);
            if (c == 'ー' || c == 'ァ' || c == 'ィ' || c == 'ゥ' || c == 'ェ' || c == 'ォ' || c == 'ヴ') {
                return true;
            }
        }
        return false;
    }
}
