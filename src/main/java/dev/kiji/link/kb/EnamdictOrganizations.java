package dev.kiji.link.kb;

import dev.kiji.dict.NameDictionary;
import dev.kiji.dict.NameEntry;
import dev.kiji.dict.NameType;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Subtype;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * KB entries for the organizations and companies ENAMDICT names with an English name
 * ({@code 名古屋工業大学 = Nagoya Institute of Technology}, {@code 住友信託銀行 = Sumitomo Trust and Banking}),
 * so that a real organization outside the curated core links to one id in either language. Kept out:
 * headwords that are also person or place names, names of three characters or fewer in either language
 * (acronyms collide), and every entry whose Japanese name or any English name is already a key of the
 * curated KB (the curated entry is richer). Companies get subtype COMPANY; other organizations no
 * subtype (ENAMDICT does not say whether a body is political), so the mentions' own subtype stands. No
 * QIDs. Ids are {@code kb:org:ed_<english_name>}.
 */
final class EnamdictOrganizations {
    private static final Set<NameType> ORG_ONLY = EnumSet.of(NameType.ORGANIZATION, NameType.COMPANY);

    private EnamdictOrganizations() {
    }

    /** @param takenKeys name keys ({@link NameKey}) the KB already has; the result's keys are added to it */
    static List<KbEntry> entries(NameDictionary dict, Set<String> takenKeys) {
        List<KbEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < dict.size(); i++) {
            NameEntry e = dict.entry(i);
            if (!ORG_ONLY.containsAll(e.types()) || e.romanizations().isEmpty() || e.key().length() <= 3) {
                continue;
            }
            List<String> en = e.romanizations().stream().map(String::strip)
                    .filter(r -> r.length() > 3 && r.chars().anyMatch(c -> c >= 'A' && c <= 'z')).toList();
            if (en.isEmpty() || takenKeys.contains(NameKey.of(e.key()))
                    || en.stream().anyMatch(r -> takenKeys.contains(NameKey.of(r)))) {
                continue;
            }
            String id = KbEntry.ENAMDICT_ID_PREFIX + snake(en.get(0));
            for (int n = 2; ids.contains(id); n++) {
                id = KbEntry.ENAMDICT_ID_PREFIX + snake(en.get(0)) + "_" + n;
            }
            ids.add(id);
            boolean company = e.types().contains(NameType.COMPANY);
            out.add(new KbEntry(id, EntityType.ORGANIZATION, company ? Subtype.COMPANY : null,
                    new KbEntry.Labels(en.get(0), e.key()), new KbEntry.Aliases(en.subList(1, en.size()), List.of()),
                    null, company ? "company named in ENAMDICT" : "organization named in ENAMDICT"));
            takenKeys.add(NameKey.of(e.key()));
            en.forEach(r -> takenKeys.add(NameKey.of(r)));
        }
        return out;
    }

    private static String snake(String s) {
        String k = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return k.isEmpty() ? "x" : k;
    }
}
