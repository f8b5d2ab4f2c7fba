package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A product an article names without its maker once the maker is clear: {@code Pixel} in an article that names
 * Google, {@code サクラ} in one that names 日産. The KB writes such products with the maker ({@code Google Pixel},
 * {@code 日産サクラ}), so an unlinked PRODUCT cluster is looked up qualified by each company the article links to
 * (in the company's names and, in English, the first word of its label: {@code Nissan} of {@code Nissan Motor});
 * exactly one product found links, more stay unlinked.
 */
final class ProductMakers {
    private final KnowledgeBase kb;

    ProductMakers(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The organizations among an article's linked entries, once each, in id order: the possible makers. */
    static List<KbEntry> makers(Collection<KbEntry> linked) {
        return linked.stream().filter(e -> e.type() == EntityType.ORGANIZATION).distinct()
                .sorted(Comparator.comparing(KbEntry::id)).toList();
    }

    /** The one KB product {@code c} names with one of {@code makers} ({@link #makers}) prefixed, or empty. */
    Optional<KbEntry> resolve(Cluster c, List<KbEntry> makers) {
        if (c.type() != EntityType.PRODUCT || makers.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        makers.forEach(maker -> keys.addAll(qualifiedKeys(c, maker)));
        return KbAliasIds.uniqueFullHit(kb, keys, e -> e.type() == EntityType.PRODUCT);
    }

    private static Set<String> qualifiedKeys(Cluster c, KbEntry maker) {
        Set<String> out = new LinkedHashSet<>();
        for (MentionForm f : c.forms()) {
            String name = f.canonical().strip();
            boolean latin = NameForms.isLatin(name);
            for (String m : makerNames(maker, latin)) {
                out.add(NameKey.of(latin ? m + " " + name : m + name));
            }
        }
        out.remove("");
        return out;
    }

    private static List<String> makerNames(KbEntry maker, boolean latin) {
        List<String> out = new ArrayList<>(maker.names(latin));
        String label = maker.labels().en();
        int space = latin && label != null ? label.indexOf(' ') : -1;
        if (space >= 3) {
            out.add(label.substring(0, space));
        }
        return out;
    }
}
