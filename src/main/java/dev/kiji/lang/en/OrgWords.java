package dev.kiji.lang.en;

import dev.kiji.doc.Subtype;
import java.util.List;
import java.util.Set;

/**
 * An English organization's subtype from the words its name is built with, following the corpus
 * convention: companies and universities COMPANY (Halden Group, Ostrava University), government
 * bodies and parties POLITICAL (Ministry of…, … Agency, … Party), associations, federations, unions,
 * leagues, clubs and funds OTHER. {@code null} when no word decides (most unknown organizations in
 * news are companies; the linker chooses then).
 */
final class OrgWords {
    private static final Set<String> COMPANY_LAST = Set.of("Inc", "Corp", "Corporation", "Co", "Company", "Ltd",
            "Limited", "LLC", "PLC", "plc", "Group", "Bank", "Holdings", "AG", "GmbH", "Securities", "Motors",
            "Airlines", "Airways", "Industries", "Electric", "Pharmaceutical", "Pharmaceuticals", "Insurance",
            "Trading", "Railway", "Railways");
    private static final Set<String> OTHER_LAST = Set.of("Association", "Federation", "Federations", "Union",
            "League", "Club", "Foundation", "Fund", "Alliance", "Confederation", "Society");
    private static final Set<String> POLITICAL_ANY = Set.of("Ministry", "Department", "Party", "Parliament",
            "Congress", "Senate", "Government", "Council", "Commission", "Cabinet", "Agency", "Assembly", "Police",
            "Court", "Prosecutors", "Bureau", "Authority", "Administration", "Army", "Navy");
    private static final Set<String> COMPANY_ANY = Set.of("University", "College");

    private OrgWords() {
    }

    /** Subtype of an organization named by {@code words} (its tokens), or {@code null}. */
    static Subtype subtype(List<String> words) {
        String last = strip(words.get(words.size() - 1));
        if (words.size() > 1 && COMPANY_LAST.contains(last)) {
            return Subtype.COMPANY;
        }
        if (words.size() > 1 && OTHER_LAST.contains(last)) {
            return Subtype.OTHER;
        }
        if (words.stream().anyMatch(POLITICAL_ANY::contains)) {
            return Subtype.POLITICAL;
        }
        return words.stream().anyMatch(COMPANY_ANY::contains) ? Subtype.COMPANY : null;
    }

    private static String strip(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
