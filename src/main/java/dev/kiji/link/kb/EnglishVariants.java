package dev.kiji.link.kb;

import dev.kiji.doc.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other ways English news writes the name of a KB entry, indexed as extra keys (only under keys no entry has as a
 * name of its own): any entry's name without a leading {@code The} ({@code The Hague → Hague}: news copy writes
 * {@code the Hague}, the article outside the name); and for a curated organization or facility (not an ENAMDICT
 * import): without the country a Japan-centred KB spells out
 * ({@code Ministry of Finance of Japan → Ministry of Finance}, {@code Prime Minister's Office of Japan →
 * Prime Minister's Office}), with a ministry's two word orders ({@code Finance Ministry = Ministry of
 * Finance}), and without a trailing legal form ({@code Central Nippon Expressway Company → Central Nippon
 * Expressway}, which an article's {@code Co.} is also looked up without), and without the acronym of the parent
 * body that qualifies a unit's name ({@code Sendai Regional Headquarters, JMA → Sendai Regional Headquarters}). An
 * organization or facility named with a final possessive is also found without it ({@code McDonald's → McDonald}),
 * as the English recognizer leaves the {@code 's} out of the mention. Any entry but a person is also found under the
 * other side's spelling of the institutional words British and American copy spell apart
 * ({@code Ministry of Health, Labour and Welfare} = {@code ... Labor ...}, {@code Centre} = {@code Center}), and with a leading
 * {@code United States} or {@code United Kingdom} abbreviated ({@code U.S. Cyber Command}, {@code UK Space Agency}). An
 * organization or facility whose name ends in a parenthesis that is not a country is also found without it
 * ({@code Cyber Affairs Bureau (National Police Agency)}), when two or more words remain. A person named with a
 * middle initial is also found without it ({@code Matthew C. Perry → Matthew Perry}), and a railway's main line
 * without {@code Main} ({@code Sekihoku Main Line → Sekihoku Line}).
 */
final class EnglishVariants {
    private static final Pattern OF_JAPAN = Pattern.compile("(?i)\\s*(?:,\\s*|\\s+of\\s+|\\s*\\()japan\\)?$");
    private static final Pattern MINISTRY_OF = Pattern.compile("(?i)^(ministry|agency|bureau|office|department) of (?:the )?(.+)$");
    private static final Pattern X_MINISTRY = Pattern.compile("(?i)^(.+) (ministry|agency|bureau|office|department)$");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i),?\\s+(?:co\\.?,?\\s*ltd\\.?|co\\.?|inc\\.?|corp\\.?|corporation|ltd\\.?|limited|company|k\\.k\\.)$");

    /** A unit's name qualified by its parent's acronym: {@code Sendai Regional Headquarters, JMA}. */
    private static final Pattern PARENT_ACRONYM = Pattern.compile("^(\\S+\\s.*\\S),\\s+[A-Z][A-Z0-9&]{1,7}$");
    /** A person's name with one middle initial, which news copy often leaves out. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("^(\\p{Lu}\\p{L}+) \\p{Lu}\\. (\\p{Lu}\\p{L}+)$");
    private static final String MAIN_LINE = " Main Line";
    private static final String PREFECTURE = " Prefecture";
    private static final List<String> OFFICE_WORDS = List.of("ministry", "agency", "bureau", "office", "department");
    private static final List<String> LEGAL_FORM_ENDS = List.of("co", "co.", "inc", "inc.", "corp", "corp.",
            "corporation", "ltd", "ltd.", "limited", "company", "k.k.");

    /** A name opening with the United States or Kingdom, which news copy abbreviates (U.S., UK) before a body's name. */
    private static final Pattern LEADING_COUNTRY = Pattern.compile("^(United States|United Kingdom)\\s+(?=\\S)");

    /** A name ending in a parenthesis: what it qualifies and what qualifies it. */
    private static final Pattern PARENTHESIS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /**
     * Keys of country names a parenthesis may give ({@code Socialist Party (France)}): such a name is found through the
     * article's country ({@code dev.kiji.link.CountryInstitutions}), not bare.
     */
    private static final Set<String> COUNTRIES = countryKeys();

    private static Set<String> countryKeys() {
        Set<String> out = new java.util.HashSet<>(Set.of("uk", "us", "usa", "englandandwales", "england", "scotland",
                "wales", "northernireland", "southkorea", "northkorea", "taiwan", "hongkong", "eu"));
        for (String c : Locale.getISOCountries()) {
            out.add(NameKey.of(new Locale("", c).getDisplayCountry(Locale.ENGLISH)));
        }
        return Set.copyOf(out);
    }

    /** British and American spellings of words institutions' names use, each way round. */
    private static final Map<String, String> SPELLING = spellings("labour labor", "centre center", "defence defense",
            "organisation organization", "programme program", "harbour harbor", "theatre theater", "neighbourhood neighborhood");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private EnglishVariants() {
    }

    private static Map<String, String> spellings(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (String p : pairs) {
            String[] w = p.split(" ");
            m.put(w[0], w[1]);
            m.put(w[1], w[0]);
        }
        return Map.copyOf(m);
    }

    /** The name with every word of {@link #SPELLING} in the other spelling, or null when it has none. */
    static String otherSpelling(String name) {
        Matcher m = WORD.matcher(name);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String other = SPELLING.get(m.group().toLowerCase(Locale.ROOT));
            changed |= other != null;
            if (other != null && Character.isUpperCase(m.group().charAt(0))) {
                other = Character.toUpperCase(other.charAt(0)) + other.substring(1);
            }
            m.appendReplacement(out, other == null ? m.group() : other);
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    /** Keys ({@link NameKey}) of the variants of an entry's English names; for people and places only the first few above. */
    static List<String> keysOf(KbEntry e) {
        List<String> names = new ArrayList<>();
        if (e.labels().en() != null) {
            names.add(e.labels().en());
        }
        names.addAll(e.aliases().en());
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n.startsWith("The ") && n.length() > 4) {
                out.add(NameKey.of(n.substring(4)));  // "the Institute of X": the article leaves the article out of the name
            }
            if (e.type() == EntityType.LOCATION && n.endsWith(PREFECTURE) && n.length() > PREFECTURE.length()) {
                out.add(NameKey.of(n.substring(0, n.length() - PREFECTURE.length()) + " Pref"));  // a dateline's "Otsu, Shiga Pref."
            }
            if ((e.type() == EntityType.ORGANIZATION || e.type() == EntityType.FACILITY) && n.length() > 4
                    && (n.endsWith("'s") || n.endsWith("’s"))) {
                out.add(NameKey.of(n.substring(0, n.length() - 2)));  // McDonald's: the recognizer leaves the 's out
            }
            Matcher initial = MIDDLE_INITIAL.matcher(n);
            if (e.type() == EntityType.PERSON && initial.matches()) {
                out.add(NameKey.of(initial.group(1) + " " + initial.group(2)));  // Matthew C. Perry = Matthew Perry
            }
            if (e.type() == EntityType.FACILITY && n.endsWith(MAIN_LINE) && n.length() > MAIN_LINE.length()) {
                out.add(NameKey.of(n.substring(0, n.length() - MAIN_LINE.length()) + " Line"));  // Sekihoku Line
            }
        }
        if (e.type() != EntityType.PERSON) {
            for (String n : List.copyOf(names)) {
                String other = otherSpelling(n);
                if (other != null) {
                    out.add(NameKey.of(other));
                    names.add(other);  // and its word-order variants below
                }
                Matcher lead = LEADING_COUNTRY.matcher(n);
                if (lead.find()) {  // United States Cyber Command = U.S. Cyber Command
                    out.add(NameKey.of(lead.group(1).startsWith("United States") ? "US" : "UK") + NameKey.of(n.substring(lead.end())));
                }
            }
        }
        if (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.FACILITY) {
            for (String n : names) {
                Matcher p = PARENTHESIS.matcher(n);
                if (p.matches() && !COUNTRIES.contains(NameKey.of(p.group(2))) && p.group(1).strip().contains(" ")) {
                    out.add(NameKey.of(p.group(1)));  // Cyber Affairs Bureau (National Police Agency)
                }
            }
        }
        if (e.type() == EntityType.PERSON || e.type() == EntityType.LOCATION || KbEntry.isEnamdictImport(e.id())) {
            return List.copyOf(out);  // ENAMDICT's "X Society of Japan" is not the only X Society; and it keeps start-up fast
        }
        for (String n : names) {
            List<String> vs = variants(n.strip(), true);
            if (vs.size() < 2) {
                continue;  // the name itself only
            }
            String own = NameKey.of(n);
            for (String v : vs) {
                String k = NameKey.of(v);
                if (!k.isEmpty() && !k.equals(own)) {
                    out.add(k);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The name and its variants; {@code dropJapan} allows dropping {@code of Japan}. Every variant keeps two or more words. */
    static List<String> variants(String name, boolean dropJapan) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean office = OFFICE_WORDS.stream().anyMatch(lower::contains);
        boolean form = LEGAL_FORM_ENDS.stream().anyMatch(lower::endsWith);
        Matcher parent = name.indexOf(',') > 0 ? PARENT_ACRONYM.matcher(name) : null;
        boolean qualified = parent != null && parent.matches();
        if (!office && !form && !qualified && !(dropJapan && (lower.endsWith("japan") || lower.endsWith("japan)")))) {
            return List.of(name);  // cheap: most names have no variant, and the KB loads at start-up
        }
        List<String> out = new ArrayList<>();
        if (qualified) {
            out.add(name);
            name = parent.group(1);  // the unit without its parent (Sendai Regional Headquarters)
            lower = name.toLowerCase(Locale.ROOT);
        }
        String bare = dropJapan ? OF_JAPAN.matcher(name).replaceAll("") : name;
        String noForm = form || LEGAL_FORM_ENDS.stream().anyMatch(bare.toLowerCase(Locale.ROOT)::endsWith)
                ? LEGAL_FORM.matcher(bare).replaceAll("") : bare;
        for (String n : new LinkedHashSet<>(List.of(name, bare, noForm))) {
            if (n.isBlank() || n.strip().split("\\s+").length < 2) {
                continue;
            }
            out.add(n);
            if (!office) {
                continue;
            }
            Matcher m = MINISTRY_OF.matcher(n);
            if (m.matches()) {
                out.add(m.group(2) + " " + m.group(1));
            }
            m = X_MINISTRY.matcher(n);
            if (m.matches() && !m.group(1).contains(" of ")) {
                out.add(m.group(2) + " of " + m.group(1));
            }
        }
        return out;
    }
}
