package dev.kiji.link.kb;

import dev.kiji.doc.EntityType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A municipality's name without its class, as news writes it once the place is clear ({@code 益田} for
 * {@code 益田市}, {@code Tomari} for {@code Tomari Village}): keys ({@link NameKey}) of a LOCATION entry's names
 * with a final 市, 町 or 村, a final {@code City}, {@code Town} or {@code Village}, or the {@code , Tokushima} that
 * qualifies an English name left out. The KB indexes such a key only when no entry but a person has it as a name of
 * its own; when several entries yield it (two 府中市), the resolver chooses among them by the article's context alone.
 * A ward (区) keeps its class ({@code 中央区} is no {@code 中央}).
 */
final class MunicipalityVariants {
    private static final List<String> JA_CLASSES = List.of("市", "町", "村");
    private static final List<String> EN_CLASSES = List.of(" city", " town", " village");

    private MunicipalityVariants() {
    }

    /** The class-less keys of {@code e}'s names; empty for anything but a place. */
    static Set<String> keysOf(KbEntry e) {
        Set<String> out = new LinkedHashSet<>();
        if (e.type() != EntityType.LOCATION) {
            return out;
        }
        e.names(false).forEach(n -> add(out, n, true));
        e.names(true).forEach(n -> add(out, n, false));
        return out;
    }

    private static void add(Set<String> out, String name, boolean japanese) {
        String n = name.strip();
        int comma = japanese ? -1 : n.indexOf(", ");
        if (comma >= 3) {  // Miyoshi, Tokushima: the place without the prefecture or state that tells it apart
            String k = NameKey.of(n.substring(0, comma));
            if (!k.isEmpty()) {
                out.add(k);
            }
            n = n.substring(0, comma);
        }
        String lower = n.toLowerCase(Locale.ROOT);
        for (String c : japanese ? JA_CLASSES : EN_CLASSES) {
            if (lower.endsWith(c) && n.length() - c.length() >= (japanese ? 2 : 3)) {
                String k = NameKey.of(n.substring(0, n.length() - c.length()));
                if (!k.isEmpty()) {
                    out.add(k);
                }
            }
        }
    }
}
