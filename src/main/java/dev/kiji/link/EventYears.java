package dev.kiji.link;

import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.link.kb.KbEntry;
import dev.kiji.link.kb.KnowledgeBase;
import dev.kiji.link.kb.NameKey;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recurring event an article names without its edition ({@code the World Cup}, {@code Ｗ杯}) is the edition of the
 * article's year when the KB knows that edition by its year ({@code 2026 World Cup}, {@code ２０２６年Ｗ杯}), also when the
 * KB knows the name as the series ({@code Women's World Cup}): an EVENT cluster is looked up under a mention's own
 * year ({@code 2026 World Cup}, which the cluster's key leaves out to join the series' name), else with the year of the
 * article's first full date (news leads give one) before its name, and links when exactly one event is found.
 */
final class EventYears {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})-\\d{2}");
    private static final Pattern OWN_YEAR = Pattern.compile("(?<![0-9０-９])(?:19|20|１９|２０)[0-9０-９]{2}(?![0-9０-９])");

    private final KnowledgeBase kb;

    EventYears(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The year of the article's first DATE mention with a month, or empty. */
    static Optional<String> year(Document doc) {
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.DATE && m.value() != null) {
                Matcher y = YEAR.matcher(m.value());
                if (y.find()) {
                    return Optional.of(y.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** The one KB event {@code c} names with {@code year} before it, or empty. */
    Optional<KbEntry> resolve(Cluster c, Optional<String> year) {
        if (c.type() != EntityType.EVENT) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (MentionForm f : c.forms()) {
            String name = f.canonical().strip();
            String text = f.mention().text().strip();
            if (OWN_YEAR.matcher(text).find()) {
                keys.add(NameKey.of(text));  // 2026 World Cup: its own edition, which its canonical name leaves out
            } else if (year.isPresent()) {
                keys.add(NameKey.of(NameForms.isLatin(name) ? year.get() + " " + name : year.get() + "年" + name));
            }
        }
        keys.remove("");
        return KbAliasIds.uniqueFullHit(kb, keys, e -> e.type() == EntityType.EVENT);
    }
}
