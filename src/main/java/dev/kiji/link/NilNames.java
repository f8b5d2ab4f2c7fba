package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Id and display names of an entity the KB does not know. The id is
 * {@code nil:<type>:<key>}, a pure function of type and canonical name so it is identical across
 * articles and runs. For people with a romanization (English names, or Japanese names with
 * readings) the key is {@link RomanKey} (parts sorted), so {@code 佐々木実} (ササキ ミノル) and
 * {@code Minoru Sasaki} share {@code nil:person:minoru_sasaki}; for other types it is the {@link NilKey}
 * ({@code 延岡市} and {@code Nobeoka} share {@code nil:location:nobeoka}); otherwise it is the name key.
 */
final class NilNames {
    private NilNames() {
    }

    static String id(Cluster c) {
        MentionForm rep = c.representative();
        String key = null;
        if (c.type() == EntityType.PERSON) {
            key = rep.roman() != null ? RomanKey.of(rep.roman()) : null;
        } else {
            key = NilKey.of(c.type(), rep.canonical(), rep.tokens());
        }
        if (key == null || key.isEmpty()) {
            key = rep.key();
        }
        return "nil:" + c.type().name().toLowerCase(Locale.ROOT) + ":" + key;
    }

    /** English display name: the canonical Latin name, else for people the capitalized romanization, else the canonical form. */
    static String name(Cluster c) {
        MentionForm rep = c.representative();
        if (NameForms.isLatin(rep.canonical())) {
            return rep.canonical().strip();
        }
        if (c.type() != EntityType.PERSON || rep.roman() == null) {
            return rep.canonical();
        }
        List<String> parts = new ArrayList<>(rep.roman());
        if (rep.familyFirst()) {
            parts = List.of(parts.get(1), parts.get(0));
        }
        List<String> cap = new ArrayList<>();
        for (String p : parts) {
            cap.add(Character.toUpperCase(p.charAt(0)) + p.substring(1));
        }
        return String.join(" ", cap);
    }

    /** Japanese name: the fullest canonical form when it is in Japanese script, else {@code null}. */
    static String nameJa(Cluster c) {
        MentionForm rep = c.representative();
        return NameForms.isLatin(rep.canonical()) ? null : rep.canonical();
    }
}
