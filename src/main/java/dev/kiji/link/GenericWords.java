package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual vocabulary {@link NilKey} needs, read from {@code generic-words.tsv}: Japanese generic
 * words of organisation, facility and work names with the English word news copy translates them with
 * ({@code 研究所 = institute}, {@code 証券 = securities}, {@code 地方裁判所 = district court}) and their
 * reading (to split a token such as {@code 日興証券} = ニッコウ + 証券), words both languages drop from a
 * key (legal forms {@code 株式会社 / Co. / Inc.}, particles {@code の / of / the}, the prefecture class
 * inside an organization name {@code 県 / Prefectural}), English synonyms folded to one word
 * ({@code logistics = transport}, {@code labor = labour}), and place class suffixes ({@code 市 / City},
 * {@code 県 / Prefecture}) that a LOCATION key leaves out so that {@code 延岡市}, {@code Nobeoka City} and
 * {@code Nobeoka} agree. Only words news English usually translates are listed; words it keeps in
 * romanized form ({@code 精機 Seiki}, {@code 中央 Chuo}) are absent on purpose.
 */
final class GenericWords {
    /** Japanese word → English words; an empty value drops the word. Longest match wins. */
    private static final Map<String, String> JA = new HashMap<>();
    /** Japanese word → its katakana reading, where the word can end a longer token. */
    private static final Map<String, String> READING = new HashMap<>();
    /** Romanized reading of a generic word → its translation ({@code yakuhin → pharmaceutical}). */
    private static final Map<String, String> ROMAJI = new HashMap<>();
    private static final int MIN_ROMAJI = 4;
    /**
     * Short loanwords (reading column {@code =}) read as generic only as tokens of their own (立山|ケア|サービス), never
     * cut from the end of a longer katakana token, where they are as likely the last sounds of a brand (ヴァルケア Valkea).
     */
    private static final Set<String> WHOLE_TOKEN_ONLY = new HashSet<>();
    /** Every translation, words canonicalized and joined by a space: English names are split into these and the rest. */
    private static final Set<String> EN_GENERIC = new HashSet<>();
    /** English spelling or word choice → the one word keys use. */
    private static final Map<String, String> SYNONYM = Map.ofEntries(Map.entry("logistic", "transport"),
            Map.entry("logistics", "transport"), Map.entry("transportation", "transport"),
            Map.entry("labor", "labour"), Map.entry("pharma", "pharmaceutical"), Map.entry("electronic", "electric"),
            Map.entry("electronics", "electric"), Map.entry("electrical", "electric"), Map.entry("railroad", "railway"),
            Map.entry("rail", "railway"), Map.entry("housing", "home"), Map.entry("factory", "plant"),
            Map.entry("centre", "center"), Map.entry("law", "act"), Map.entry("airline", "airlines"), Map.entry("industrie", "industry"),
            Map.entry("award", "prize"), Map.entry("commission", "committee"),
            Map.entry("assembly", "parliament"), Map.entry("congress", "parliament"), Map.entry("tournament", "championship"),
            Map.entry("theatre", "theater"), Map.entry("accord", "agreement"), Map.entry("mountain", "mount"),
            Map.entry("mt", "mount"), Map.entry("expo", "exposition"), Map.entry("organisation", "organization"),
            Map.entry("military", "army"), Map.entry("forces", "army"), Map.entry("environmental", "environment"),
            Map.entry("defence", "defense"),
            Map.entry("archipelago", "island"), Map.entry("bureau", "agency"), Map.entry("soccer", "football"),
            Map.entry("agriculture", "agricultural"), Map.entry("constitutional", "constitution"),
            Map.entry("tv", "television"), Map.entry("parliamentary", "parliament"), Map.entry("literature", "literary"),
            Map.entry("countermeasure", "measure"), Map.entry("prosecutor", "prosecutors"), Map.entry("elections", "election"),
            Map.entry("trail", "route"), Map.entry("gulf", "bay"), Map.entry("economy", "economic"), Map.entry("grassland", "steppe"),
            Map.entry("economics", "economic"), Map.entry("primary", "elementary"),
            Map.entry("mathematical", "mathematic"), Map.entry("math", "mathematic"), Map.entry("strategy", "strategic"),
            Map.entry("technical", "technology"), Map.entry("trading", "trade"), Map.entry("coalition", "union"),
            Map.entry("optic", "optical"), Map.entry("society", "association"),
            Map.entry("ranch", "farm"), Map.entry("marsh", "wetland"), Map.entry("surgery", "surgical"),
            Map.entry("net", "network"), Map.entry("warehousing", "warehouse"));
    static final int MAX_EN_WORDS;
    static final int MAX_JA_LENGTH;

    static {
        int maxJa = 0;
        int maxEn = 0;
        try (InputStream in = GenericWords.class.getResourceAsStream("generic-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("generic-words.tsv missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                JA.put(f[0], f.length > 2 ? f[2] : "");
                if (f.length > 1 && f[1].equals("=")) {
                    WHOLE_TOKEN_ONLY.add(f[0]);
                } else if (f.length > 1 && !f[1].equals("-") && !f[1].isEmpty()) {
                    READING.put(f[0], f[1]);
                    for (String reading : f.length > 2 && !f[2].isEmpty() ? f[1].split("\\|") : new String[0]) {
                        String romaji = Hepburn.romanize(reading);  // each reading as English may romanize it
                        if (romaji != null && RomanKey.part(romaji).length() >= MIN_ROMAJI) {
                            ROMAJI.putIfAbsent(RomanKey.part(romaji), f[2]);
                        }
                    }
                }
                if (f.length > 2 && !f[2].isEmpty()) {
                    EN_GENERIC.add(phrase(words(f[2])));
                    maxEn = Math.max(maxEn, words(f[2]).size());
                }
                maxJa = Math.max(maxJa, f[0].length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAX_JA_LENGTH = maxJa;
        MAX_EN_WORDS = maxEn;
    }

    /**
     * The sound key ({@link PhoneticKey#ofLatin}) of every one-word English translation of five or more letters → the
     * word, so that a katakana loanword the table does not list reads as the word it writes (ヘリテージ = heritage,
     * アトランティック = atlantic); a key two words share is left out.
     */
    private static final Map<String, String> BY_SOUND = bySound();
    private static final int MIN_SOUND_KEY = 6;  // shorter keys meet too many words (アニメ = animal, センサー = science)

    private static Map<String, String> bySound() {
        Map<String, String> m = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String w : EN_GENERIC) {
            if (w.length() >= 5 && w.indexOf(' ') < 0) {
                String k = PhoneticKey.ofLatin(w);
                String before = m.putIfAbsent(k, w);
                if (before != null && !before.equals(w)) {
                    shared.add(k);
                }
            }
        }
        shared.forEach(m::remove);
        return Map.copyOf(m);
    }

    /** The English generic word a katakana loanword's romanization sounds like ({@code heriteeji → heritage}), or null. */
    static String fromLoanword(String romaji) {
        String k = PhoneticKey.ofRomaji(romaji);
        return k.length() >= MIN_SOUND_KEY ? BY_SOUND.get(k) : null;
    }

    /** English words a key never contains (articles, particles, legal forms, the prefecture class of an organization). */
    private static final Set<String> EN_DROP = Set.of("the", "of", "and", "co", "inc", "ltd", "llc", "corp",
            "corporation", "company", "limited", "incorporated", "kk", "plc", "gmbh", "no", "prefectural",
            "metropolitan", "pt", "tbk", "bhd", "sdn", "pte", "jsc", "pjsc");  // PT, Tbk: Indonesian; Sdn Bhd: Malaysian

    /**
     * Place class suffixes a LOCATION key leaves out, in either language. A bay is no class of its shore's place: 石狩湾 /
     * Ishikari Bay keys {@code ishikari_bay}, apart from the city.
     */
    private static final Set<String> JA_PLACE_SUFFIX = Set.of("市", "町", "村", "県", "府", "都", "区", "郡", "州",
            "地方", "地域", "海", "灘", "省", "地区");
    private static final Set<String> EN_PLACE_SUFFIX = Set.of("city", "town", "village", "prefecture", "ward",
            "district", "county", "region", "area", "sea", "state", "province");

    /**
     * Generic words that make a name an organization's whatever the recognizer typed it
     * ({@code Valkea Energy}, {@code X Pharmaceutical}, {@code X Holdings}, {@code ヴァルケア・エナジー}).
     */
    private static final Set<String> ORG_WORDS = Set.of("energy", "holdings", "holding", "group", "pharmaceutical",
            "bank", "securities", "insurance", "trading", "electric", "motor", "industry", "industries",
            "construction", "transport", "logistics", "technology", "financial", "finance", "systems", "solutions",
            "institute", "association", "foundation", "fund", "federation", "union", "steel", "chemical",
            "airlines", "railway", "shipping", "newspaper", "broadcasting", "publishing", "communications",
            "electronics", "foods", "battery", "works", "dairy", "fishery", "brewery", "games", "lab", "store", "bar",
            "pub", "diner", "restaurant");

    private GenericWords() {
    }

    /**
     * What a power plant is powered by ({@code solar}, {@code nuclear}) and the word {@code power} itself: English
     * copy adds or leaves out these words as it pleases ({@code X Solar Plant} for {@code X発電所}), so a key that
     * holds {@code plant} drops them.
     */
    private static final Set<String> PLANT_QUALIFIERS = Set.of("power", "solar", "wind", "nuclear", "thermal",
            "hydroelectric", "geothermal", "photovoltaic", "coal");

    /** What kind of union a union is ({@code labour}, {@code trade}): {@code X Union} for {@code X労働組合}. */
    private static final Set<String> UNION_QUALIFIERS = Set.of("labour", "trade");

    /**
     * The canonical generic words of a key without the qualifiers English copy adds or leaves out as it pleases:
     * those of {@code plant} ({@link #PLANT_QUALIFIERS}), of {@code union} ({@link #UNION_QUALIFIERS}) and the
     * {@code research} of a {@code Research Institute} (研究所), the {@code public} of a {@code Public Health Center}
     * (保健所), the {@code site} of a place's remains beside another generic word ({@code Fujiwara Palace (Site)}, 宮跡),
     * and {@code prize} when it is the only generic word
     * (a prize is named by its name alone as often as with 賞 / Prize).
     */
    static List<String> withoutOptionalQualifiers(List<String> canonicalWords) {
        Set<String> optional = new HashSet<>();
        if (canonicalWords.contains("plant")) {
            optional.addAll(PLANT_QUALIFIERS);
        }
        if (canonicalWords.contains("union")) {
            optional.addAll(UNION_QUALIFIERS);
        }
        if (canonicalWords.contains("institute")) {
            optional.add("research");  // 研究所 = Institute = Research Institute
        }
        if (canonicalWords.contains("health")) {
            optional.add("public");  // 保健所 = Public Health Center = Health Center
        }
        if (canonicalWords.size() > 1 && canonicalWords.contains("site")) {
            optional.add("site");  // 藤原宮跡 = Fujiwara Palace Site = Fujiwara Palace
        }
        if (canonicalWords.size() == 1 && canonicalWords.contains("prize")) {
            optional.add("prize");  // クリスタル賞 = the Cristal: English names a prize by its name alone
        }
        return optional.isEmpty() ? canonicalWords : canonicalWords.stream().filter(w -> !optional.contains(w)).toList();
    }

    private static final Set<String> END_ONLY = Set.of("川", "湖", "湾", "法", "山", "銀", "高", "大", "跡", "線");

    /**
     * One-character words read as generic inside a token, and then only after a head of two or more
     * characters and when they end the whole name ({@code 米代川}, {@code 土佐湾}, {@code 河川法}, {@code 横河原線}; not
     * {@code 品川}, {@code 品川区} or {@code 旭川}); a kanji head only when the token's reading ends in one the
     * table lists, so {@code 鷹森山} タカモリサン is Mount Takamori but {@code 和歌山} ワカヤマ stays a name.
     */
    static boolean endOnly(String japanese) {
        return END_ONLY.contains(japanese);
    }

    /** Generic words that make a name a facility's ({@code Miyazaki Airport}, {@code 上越線}, {@code Port of Miyazaki}). */
    private static final Set<String> FACILITY_WORDS = Set.of("airport", "port", "station", "line", "bridge", "park",
            "expressway", "stadium", "gymnasium", "shrine", "museum", "library", "plant", "shinkansen", "palace", "tower",
            "castle", "temple", "dam", "tunnel", "arena", "hotel", "hospital", "clinic");

    /** Generic words that make a name a natural place's (LOCATION): {@code X River}, {@code X Trough}, {@code 鷲宮海溝}. */
    private static final Set<String> PLACE_WORDS = Set.of("river", "lake", "peninsula", "trough", "trench", "strait",
            "island", "islands", "mountains", "bay", "gulf");

    /** Generic words that make a name a law's or treaty's (PRODUCT): {@code Labour Standards Act}, {@code 河川法}. */
    private static final Set<String> LAW_WORDS = Set.of("act", "law", "treaty", "constitution", "code");

    /** Generic words that make a name an event's: {@code X Festival}, {@code X Cup}, {@code 鷲宮地震}. */
    private static final Set<String> EVENT_WORDS = Set.of("festival", "cup", "championship", "championships",
            "tournament", "summit", "expo", "marathon", "olympics", "earthquake", "typhoon", "election", "show");

    /**
     * ORGANIZATION, FACILITY, PRODUCT (a law) or EVENT when {@code word} (a key, lower case) is such a class
     * word, else {@code null}.
     */
    static EntityType classOf(String word) {
        if (endsInOrganizationWord(List.of(word))) {
            return EntityType.ORGANIZATION;
        }
        if (LAW_WORDS.contains(word)) {
            return EntityType.PRODUCT;
        }
        if (EVENT_WORDS.contains(word)) {
            return EntityType.EVENT;
        }
        if (PLACE_WORDS.contains(word)) {
            return EntityType.LOCATION;
        }
        return FACILITY_WORDS.contains(word) ? EntityType.FACILITY : null;
    }

    /** True when the last word of {@code words} (keys, lower case) is a generic organization word. */
    static boolean endsInOrganizationWord(List<String> words) {
        return !words.isEmpty() && ORG_WORDS.contains(canonicalOrSelf(words.get(words.size() - 1)));
    }

    private static String canonicalOrSelf(String w) {
        return ORG_WORDS.contains(w) ? w : canonical(w);
    }

    /**
     * Translation of an English-text word that is the romanized reading of a generic word ({@code Yakuhin},
     * {@code Kokusai}), or {@code null}: an English name that keeps the word romanized keys like the Japanese one.
     */
    static String fromRomaji(String word) {
        return ROMAJI.get(RomanKey.part(word));
    }

    /** English translation of a Japanese generic word ("" = drop), or {@code null} when not generic. */
    static String english(String japanese) {
        String e = JA.get(japanese);
        if (e == null && japanese.length() > 3 && japanese.endsWith("ズ") && Hepburn.isKana(japanese)) {
            e = JA.get(japanese.substring(0, japanese.length() - 1));  // ホテルズ: a loanword's English plural, as Hotels
        }
        return e;
    }

    /** True for an English legal form or particle ({@code co}, {@code inc}, {@code the}): never a name's head word. */
    static boolean legalOrParticle(String word) {
        return EN_DROP.contains(word);
    }

    static boolean dropEnglish(String word, EntityType type) {
        return EN_DROP.contains(word) || ((type == EntityType.LOCATION || type == EntityType.ORGANIZATION)
                && word.equals("prefecture")) || (type == EntityType.LOCATION && EN_PLACE_SUFFIX.contains(word));
    }

    /**
     * True for English words (lower case, in order) that together are what some Japanese generic word
     * translates to: {@code [institute]}, {@code [real, estate]} (but not {@code [real]} alone), {@code [logistics]}.
     */
    static boolean genericEnglish(List<String> words) {
        if (words.isEmpty() || legalOrParticle(words.get(words.size() - 1))) {
            return false;
        }
        return EN_GENERIC.contains(phrase(words.stream().filter(w -> !legalOrParticle(w)).toList()))  // Board of Education
                || EN_GENERIC.contains(phrase(words));  // House of Representatives, as the table writes it
    }

    /** The form a generic word takes in a key: singular, synonyms folded ({@code Logistics → transport}). */
    static String canonical(String word) {
        String w = NilKey.singular(word);
        return SYNONYM.getOrDefault(w, SYNONYM.getOrDefault(word, w));
    }

    private static String phrase(List<String> words) {
        return String.join(" ", words.stream().map(GenericWords::canonical).toList());
    }

    static boolean placeSuffix(String japanese) {
        return JA_PLACE_SUFFIX.contains(japanese);
    }

    /**
     * A token that is a proper part followed by a generic word of two or more characters (or one of
     * {@link #endOnly}): the proper
     * part as written, its romanization and the generic word, or {@code null}. A kana head is romanized as written
     * ({@code トヨタ自動車}); a kanji head takes the token's reading minus the generic word's reading
     * ({@code 日興証券} ニッコウショウケン → nikko + 証券).
     */
    static String[] headThenGeneric(String token, String reading) {
        for (int cut = 1; cut < token.length(); cut++) {
            String head = token.substring(0, cut);
            String tail = token.substring(cut);
            if (english(tail) == null || WHOLE_TOKEN_ONLY.contains(tail) || tail.length() == 1 && (!endOnly(tail) || cut < 2)) {
                continue;
            }
            if (Hepburn.isKana(head)) {
                return new String[] {head, Hepburn.romanize(head), tail};
            }
            String tailReadings = READING.get(tail);
            if (reading == null || tailReadings == null) {
                continue;
            }
            for (String tailReading : tailReadings.split("\\|")) {
                if (reading.endsWith(tailReading) && reading.length() > tailReading.length()) {
                    String headRoman = Hepburn.romanize(reading.substring(0, reading.length() - tailReading.length()));
                    if (headRoman != null && !headRoman.isEmpty()) {
                        return new String[] {head, headRoman, tail};
                    }
                }
            }
        }
        return null;
    }

    /** English words of a translation, split at spaces. */
    static List<String> words(String english) {
        return english.isEmpty() ? List.of() : List.of(english.split(" "));
    }
}
