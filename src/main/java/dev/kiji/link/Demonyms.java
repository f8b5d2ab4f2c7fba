package dev.kiji.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English adjectives of countries, keyed by ISO 3166 code (the end of a {@code kb:country:} id), with which
 * news English qualifies a country's institutions ({@code the Hungarian National Assembly}, {@code the South
 * Korean Constitutional Court}). Countries the KB names but this table does not are qualified by their names
 * alone ({@link CountryInstitutions}).
 */
final class Demonyms {
    private static final Map<String, List<String>> BY_CODE = Map.ofEntries(
            Map.entry("us", List.of("American", "U.S.", "US")), Map.entry("gb", List.of("British", "UK", "U.K.")),
            Map.entry("jp", List.of("Japanese")), Map.entry("cn", List.of("Chinese")),
            Map.entry("kr", List.of("South Korean", "Korean")), Map.entry("kp", List.of("North Korean")),
            Map.entry("tw", List.of("Taiwanese")), Map.entry("ru", List.of("Russian")),
            Map.entry("ua", List.of("Ukrainian")), Map.entry("by", List.of("Belarusian")),
            Map.entry("fr", List.of("French")), Map.entry("de", List.of("German")),
            Map.entry("it", List.of("Italian")), Map.entry("es", List.of("Spanish")),
            Map.entry("pt", List.of("Portuguese")), Map.entry("nl", List.of("Dutch")),
            Map.entry("be", List.of("Belgian")), Map.entry("ch", List.of("Swiss")),
            Map.entry("at", List.of("Austrian")), Map.entry("hu", List.of("Hungarian")),
            Map.entry("pl", List.of("Polish")), Map.entry("cz", List.of("Czech")),
            Map.entry("sk", List.of("Slovak")), Map.entry("ro", List.of("Romanian")),
            Map.entry("bg", List.of("Bulgarian")), Map.entry("gr", List.of("Greek")),
            Map.entry("tr", List.of("Turkish")), Map.entry("se", List.of("Swedish")),
            Map.entry("no", List.of("Norwegian")), Map.entry("dk", List.of("Danish")),
            Map.entry("fi", List.of("Finnish")), Map.entry("ie", List.of("Irish")),
            Map.entry("rs", List.of("Serbian")), Map.entry("hr", List.of("Croatian")),
            Map.entry("ge", List.of("Georgian")), Map.entry("il", List.of("Israeli")),
            Map.entry("ps", List.of("Palestinian")), Map.entry("ir", List.of("Iranian")),
            Map.entry("iq", List.of("Iraqi")), Map.entry("sy", List.of("Syrian")),
            Map.entry("sa", List.of("Saudi")), Map.entry("eg", List.of("Egyptian")),
            Map.entry("in", List.of("Indian")), Map.entry("pk", List.of("Pakistani")),
            Map.entry("bd", List.of("Bangladeshi")), Map.entry("lk", List.of("Sri Lankan")),
            Map.entry("af", List.of("Afghan")), Map.entry("vn", List.of("Vietnamese")),
            Map.entry("th", List.of("Thai")), Map.entry("kh", List.of("Cambodian")),
            Map.entry("mm", List.of("Myanmar", "Burmese")), Map.entry("ph", List.of("Philippine", "Filipino")),
            Map.entry("id", List.of("Indonesian")), Map.entry("my", List.of("Malaysian")),
            Map.entry("sg", List.of("Singaporean")), Map.entry("mn", List.of("Mongolian")),
            Map.entry("au", List.of("Australian")), Map.entry("nz", List.of("New Zealand")),
            Map.entry("ca", List.of("Canadian")), Map.entry("mx", List.of("Mexican")),
            Map.entry("br", List.of("Brazilian")), Map.entry("ar", List.of("Argentine", "Argentinian")),
            Map.entry("cl", List.of("Chilean")), Map.entry("pe", List.of("Peruvian")),
            Map.entry("co", List.of("Colombian")), Map.entry("ve", List.of("Venezuelan")),
            Map.entry("za", List.of("South African")), Map.entry("ng", List.of("Nigerian")),
            Map.entry("ke", List.of("Kenyan")), Map.entry("et", List.of("Ethiopian")));

    private Demonyms() {
    }

    private static final java.util.Set<String> ALL = BY_CODE.values().stream().flatMap(List::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when {@code word} is one of the table's adjectives ({@code Chinese}, {@code South Korean}). */
    static boolean isDemonym(String word) {
        return ALL.contains(word);
    }

    /** Each adjective in lower case ({@code south korean}) → its country's ISO code. */
    private static final Map<String, String> CODE_BY_KEY = BY_CODE.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(a -> Map.entry(a.toLowerCase(Locale.ROOT), e.getKey())))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /** The ISO code of the country whose adjective {@code words} (lower case, space-separated) is, or null. */
    static String codeOfLowerCase(String words) {
        return CODE_BY_KEY.get(words);
    }

    /** The adjectives of the country with ISO code {@code code} (any case), or none. */
    static List<String> of(String code) {
        return BY_CODE.getOrDefault(code.toLowerCase(Locale.ROOT), List.of());
    }
}
