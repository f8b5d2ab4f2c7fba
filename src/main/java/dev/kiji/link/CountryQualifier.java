package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.List;

/**
 * Reads a place written right before a Japanese organization mention as part of its name when the KB
 * knows the combination: in {@code ロシア|外務省} or {@code ロシア|大統領府} (the recognizer tagged the
 * country apart) the organization is {@code ロシア外務省} / {@code ロシア大統領府}, not Japan's
 * {@code 外務省}; the place may be written in another of its names than the KB's combination uses (米|地質調査所 =
 * 米国地質調査所). In English a possessive place does the same ({@code Boston's Museum of Fine Arts}), in Japanese a place
 * and の before a facility ({@code リンドスのアクロポリス}). Without such a
 * place the mention keeps its own key.
 */
final class CountryQualifier {
    /** Longest place name read before the mention: katakana country names run to eight (ニュージーランド). */
    private static final int MAX_PLACE_LENGTH = 10;
    private static final String JAPAN = KbEntry.COUNTRY_ID_PREFIX + "jp";

    private final KnowledgeBase kb;

    /** The KB's country entries, for the country a place's description names. */
    private final List<KbEntry> countries;

    CountryQualifier(KnowledgeBase kb) {
        this.kb = kb;
        this.countries = kb.entries().stream().filter(KbEntry::isCountry).toList();
    }

    /**
     * The KB key of {@code place + name} for the place ending at {@code start}, or written with の before it
     * ({@code 米国のサイバー軍} = {@code 米サイバー軍}), or {@code null}.
     */
    String qualifiedKey(String text, int start, String key) {
        String q = qualifiedKeyAt(text, start, key);
        return q != null || start < 2 || text.charAt(start - 1) != 'の' ? q : qualifiedKeyAt(text, start - 1, key);
    }

    private String qualifiedKeyAt(String text, int start, String key) {
        for (int len = Math.min(MAX_PLACE_LENGTH, start); len >= 1; len--) {
            String place = NameKey.of(text.substring(start - len, start));
            List<KnowledgeBase.AliasHit> hits = place.length() == len ? kb.lookup(place) : List.of();
            if (!isPlace(hits)) {
                continue;
            }
            if (known(place + key)) {
                return place + key;
            }
            for (KnowledgeBase.AliasHit h : hits) { // the place's other Japanese names: 米|地質調査所 = 米国地質調査所
                if (h.partial() || h.entry().type() != EntityType.LOCATION) {
                    continue;
                }
                for (String name : h.entry().names(false)) {
                    String q = NameKey.of(name) + key;
                    if (!name.isEmpty() && known(q)) {
                        return q;
                    }
                }
            }
        }
        return null;
    }

    /** A country's adjective right before an English mention ({@code Chinese Foreign Ministry}), one or two words. */
    private static final java.util.regex.Pattern DEMONYM_BEFORE = java.util.regex.Pattern.compile(
            "(?:^|[^\\p{L}.])((?:[A-Z][a-z]+ )?[A-Z][\\p{L}.]*)\\s$");

    /** {@code Boston's } (or {@code Boston’s }) ending right before an English mention: the place's words. */
    private static final java.util.regex.Pattern POSSESSIVE_PLACE = java.util.regex.Pattern.compile(
            "(?:^|[^\\p{L}])((?:[A-Z][\\p{L}.-]*\\s){0,2}[A-Z][\\p{L}.-]*)['’]s\\s$");

    /** A Japanese name run ending in の right before a mention (リンドスの|アクロポリス). */
    private static final java.util.regex.Pattern PLACE_NO = java.util.regex.Pattern.compile(
            "([\\p{IsHan}\\p{IsKatakana}ー・]{2,10})の$");

    /**
     * The KB key of an English organization or facility named after a possessive place ({@code Boston's Museum of
     * Fine Arts} = {@code Museum of Fine Arts, Boston}, {@code Sapporo's Tourism Bureau} = {@code Sapporo Tourism
     * Bureau}) or after a country's adjective the recognizer left outside ({@code Chinese Foreign Ministry}) when the
     * KB knows the combination, else {@code null}.
     */
    String possessiveKey(String text, int start, String key) {
        return possessiveKey(text, start, key, false);
    }

    /**
     * As {@link #possessiveKey(String, int, String)}; with {@code ofPlace} the key of a place inside the possessive
     * place instead ({@code Fukuoka's Higashi Ward} = {@code Higashi Ward, Fukuoka}: every designated city has its
     * Higashi Ward), and no adjective is read.
     */
    String possessiveKey(String text, int start, String key, boolean ofPlace) {
        String before = text.substring(Math.max(0, start - 40), start);
        java.util.regex.Matcher d = DEMONYM_BEFORE.matcher(before);
        if (!ofPlace && d.find()) {
            String adjective = d.group(1);
            if (!Demonyms.isDemonym(adjective) && adjective.indexOf(' ') > 0) {
                adjective = adjective.substring(adjective.lastIndexOf(' ') + 1);  // Then | Chinese Foreign Ministry
            }
            if (Demonyms.isDemonym(adjective)) {
                String q = NameKey.of(adjective) + key;  // Chinese | Foreign Ministry: the recognizer left the adjective out
                return known(q) ? q : null;
            }
            KbEntry country = foreignCountry(NameKey.of(adjective));
            for (String n : country == null ? List.<String>of() : country.names(true)) {
                for (String q : List.of(NameKey.of(n) + key, key + "of" + NameKey.of(n))) {
                    if (known(q)) {
                        return q;  // U.S. | Cyber Command = United States Cyber Command
                    }
                }
            }
        }
        java.util.regex.Matcher m = POSSESSIVE_PLACE.matcher(before);
        java.util.regex.Matcher ja = ofPlace ? null : PLACE_NO.matcher(before);
        if (ja != null && ja.find()) {
            return placeNoKey(ja.group(1), key);
        }
        if (!m.find()) {
            return null;
        }
        String place = NameKey.of(m.group(1));
        if (place.isEmpty() || !isPlace(kb.lookup(place))) {
            return null;
        }
        for (String q : List.of(key + place, place + key, key + "of" + place)) {
            if (kb.lookup(q).stream().anyMatch(h -> !h.partial() && (ofPlace ? h.entry().type() == EntityType.LOCATION
                    : h.entry().type() != EntityType.PERSON && h.entry().type() != EntityType.LOCATION))) {
                return q;
            }
        }
        return null;
    }

    /**
     * The KB key of a facility or organization written after its place and の ({@code リンドスのアクロポリス}, the Acropolis of
     * Lindos, not of Athens) when the KB knows the combination, else {@code null}: the longest place ending before の.
     */
    private String placeNoKey(String run, String key) {
        int i = placeStart(run);
        if (i < 0) {
            return null;
        }
        for (String q : List.of(NameKey.of(run.substring(i) + "の") + key, NameKey.of(run.substring(i)) + key)) {
            if (kb.lookup(q).stream().anyMatch(h -> !h.partial() && h.entry().type() != EntityType.PERSON
                    && h.entry().type() != EntityType.LOCATION)) {
                return q;
            }
        }
        return null;
    }

    /** Start of the longest place name the KB knows that ends {@code run} (two characters or more), or -1. */
    private int placeStart(String run) {
        for (int i = 0; i < run.length() - 1; i++) {
            if (place(run.substring(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The foreign country (not Japan) written right before a mention, as the start of one name
     * ({@code スペイン|保健省}) or a possessive ({@code Spain's Health Ministry}), or {@code null}.
     */
    KbEntry countryBefore(String text, int start) {
        java.util.regex.Matcher m = POSSESSIVE_PLACE.matcher(text.substring(Math.max(0, start - 40), start));
        if (m.find()) {
            return foreignCountry(NameKey.of(m.group(1)));
        }
        for (int len = Math.min(MAX_PLACE_LENGTH, start); len >= 1; len--) {
            String place = NameKey.of(text.substring(start - len, start));
            KbEntry country = place.length() == len ? foreignCountry(place) : null;
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private KbEntry foreignCountry(String key) {
        return kb.lookup(key).stream().filter(h -> !h.partial() && h.entry().isCountry()
                && !h.entry().id().equals(JAPAN)).map(KnowledgeBase.AliasHit::entry).findFirst().orElse(null);
    }

    /**
     * The key of an organization named after a foreign country when the KB knows the bare name only as Japan's
     * government body: {@code スペイン|気象庁} is Spain's weather service, not Japan's {@code 気象庁}, so the mention
     * keys as {@code スペイン気象庁} (which the KB may not know) and forms its own cluster. Else {@code null}.
     */
    String foreignBodyKey(String text, int start, String key) {
        KbEntry country = bodyAbroad(key, () -> countryBefore(text, start));
        return country == null ? null : qualified(country, key);
    }

    /**
     * The country {@code country} supplies when the KB knows {@code key} in full and every body it knows under it is
     * Japan's and none that country's; else {@code null}. The country is looked for only once the cheap test has
     * passed: most names are not a body the KB knows.
     */
    private KbEntry bodyAbroad(String key, java.util.function.Supplier<KbEntry> country) {
        List<KnowledgeBase.AliasHit> hits = kb.lookup(key).stream().filter(h -> !h.partial()).toList();
        KbEntry c = hits.isEmpty() ? null : country.get();
        KbEntry japan = kb.byId(JAPAN).orElse(null);
        return c == null || japan == null || !hits.stream().allMatch(h ->
                h.entry().subtype() == Subtype.POLITICAL && names(h.entry(), japan) && !names(h.entry(), c)) ? null : c;
    }

    /** {@code key} qualified by the country's first Japanese name ({@code スペイン} + {@code 気象庁}). */
    private static String qualified(KbEntry country, String key) {
        return NameKey.of(country.names(false).isEmpty() ? country.nameEn() : country.names(false).get(0)) + key;
    }

    /** True when {@code entry}'s names or description name {@code country} (a name of two or more letters, a demonym). */
    private static boolean names(KbEntry entry, KbEntry country) {
        String text = String.join("\n", entry.names(true)) + "\n" + String.join("\n", entry.names(false)) + "\n"
                + entry.description();
        List<String> names = new java.util.ArrayList<>(country.names(true));
        names.addAll(country.names(false));
        names.addAll(Demonyms.of(country.id().substring(KbEntry.COUNTRY_ID_PREFIX.length())));
        for (String n : names) {
            if (n.length() >= 2 && (NameForms.isLatin(n) ? KbResolver.describes(text, n) : text.contains(n))) {
                return true;
            }
        }
        return false;
    }

    /** {@code in Colombo} (up to three capitalized words) right after an English mention. */
    private static final java.util.regex.Pattern IN_PLACE_AFTER = java.util.regex.Pattern.compile(
            "^\\s+in\\s+([A-Z][\\p{L}-]*(?: [A-Z][\\p{L}-]*){0,2})");

    /**
     * The key of a body the KB knows bare only as Japan's government's when the text says it stands in a foreign
     * place: {@code コロンボの外務省} and {@code the Ministry of Foreign Affairs in Colombo} are Sri Lanka's ministry (the place
     * a country, or a place whose KB description names exactly one foreign country). The KB's name of that country's
     * body when it has one ({@code スリランカ外務省}, {@code Ministry of Foreign Affairs of Sri Lanka}), else the
     * country-qualified key {@link #foreignBodyKey} gives; {@code null} when no such place is written.
     */
    String placedBodyKey(String text, int start, int end, String key) {
        KbEntry country = bodyAbroad(key, () -> countryOfPlace(placeNextTo(text, start, end)));
        if (country == null) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>(country.names(false));
        names.addAll(country.names(true));
        names.addAll(Demonyms.of(country.id().substring(KbEntry.COUNTRY_ID_PREFIX.length())));
        for (String n : names) {
            String c = NameKey.of(n);
            for (String q : List.of(c + key, key + "of" + c, key + c)) {
                if (!c.isEmpty() && known(q)) {
                    return q;
                }
            }
        }
        return qualified(country, key);
    }

    /**
     * The KB place written as {@code <place>の} before a mention (the longest place ending the run) or {@code in
     * <Place>} after it (the longest place opening the words), or {@code null}.
     */
    private KbEntry placeNextTo(String text, int start, int end) {
        java.util.regex.Matcher ja = PLACE_NO.matcher(text.substring(Math.max(0, start - 11), start));
        if (ja.find()) {
            int i = placeStart(ja.group(1));
            return i < 0 ? null : place(ja.group(1).substring(i));
        }
        java.util.regex.Matcher en = IN_PLACE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 60)));
        if (en.find()) {
            List<String> words = List.of(en.group(1).split(" "));
            for (int n = words.size(); n >= 1; n--) {
                KbEntry place = place(String.join(" ", words.subList(0, n)));
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    private KbEntry place(String name) {
        return kb.lookup(NameKey.of(name)).stream().filter(h -> !h.partial() && h.entry().type() == EntityType.LOCATION)
                .map(KnowledgeBase.AliasHit::entry).findFirst().orElse(null);
    }

    /** A foreign country itself, or the one foreign country a place's KB description names; else {@code null}. */
    private KbEntry countryOfPlace(KbEntry place) {
        if (place == null || place.id().equals(JAPAN)) {
            return null;
        }
        if (place.isCountry()) {
            return place;
        }
        KbEntry found = null;
        for (KbEntry c : countries) {
            if (KbResolver.describes(place.description(), c.nameEn()) || c.names(false).stream()
                    .anyMatch(n -> n.length() >= 2 && place.description().contains(n))) {
                if (found != null || c.id().equals(JAPAN)) {
                    return null;  // two countries, or a place in Japan
                }
                found = c;
            }
        }
        return found;
    }

    private boolean known(String q) {
        return kb.lookup(q).stream().anyMatch(h -> !h.partial() && h.entry().type() == EntityType.ORGANIZATION);
    }

    private static boolean isPlace(List<KnowledgeBase.AliasHit> hits) {
        return hits.stream().anyMatch(h -> !h.partial() && h.entry().type() == EntityType.LOCATION);
    }
}
