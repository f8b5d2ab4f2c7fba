package dev.kiji.link;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The key of a place named inside an address, which the recognizer splits into its places: a ward after its city
 * ({@code 大阪市|北区}) or before it in English ({@code Kita Ward, Osaka}) is looked up under the two names together
 * when the KB knows that place ({@code 大阪市北区}, {@code Kita Ward, Osaka}), not under the ward's bare name, which
 * belongs to another place as often as not ({@code 北区} is also Tokyo's ward). The holding place's class word may go:
 * {@code Tokai, Ibaraki Prefecture} is the KB's {@code Tokai, Ibaraki}.
 */
final class AddressKey {
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** The class word English writes after the place that holds another, which the KB's "X, Y" names leave out. */
    private static final Pattern CLASS_WORD = Pattern.compile(" (?:" + DocContext.HOLDER_CLASSES + ")$");
    private final KnowledgeBase kb;

    AddressKey(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The joint key of mention {@code i} with the place written right before it (Japanese) or after it (English), or null. */
    String of(List<Mention> mentions, int i, String text) {
        Mention m = mentions.get(i);
        if (m.type() != EntityType.LOCATION) {
            return null;
        }
        if (NameForms.isLatin(m.text())) {
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean after = next != null && next.type() == EntityType.LOCATION
                    && COMMA.matcher(text.substring(m.span().end(), next.span().start())).matches();
            if (!after) {
                return null;
            }
            String joined = known(m.text() + " " + next.text());  // Kita Ward, Osaka; Tokai, Ibaraki Prefecture
            return joined != null ? joined : known(m.text() + " " + CLASS_WORD.matcher(next.text()).replaceFirst(""));
        }
        Mention prev = i > 0 ? mentions.get(i - 1) : null;
        boolean adjacent = prev != null && prev.type() == EntityType.LOCATION && prev.span().end() == m.span().start();
        return adjacent ? known(prev.text() + m.text()) : null;
    }

    private String known(String joined) {
        String k = NameKey.of(joined);
        return kb.lookup(k).stream().anyMatch(h -> !h.partial() && h.entry().type() == EntityType.LOCATION) ? k : null;
    }
}
