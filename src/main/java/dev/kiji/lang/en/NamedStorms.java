package dev.kiji.lang.en;

import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Storms are named events: {@code Typhoon No. 14} (Japan's numbering, 台風14号), {@code Typhoon Nakri},
 * {@code Hurricane Milton}, {@code Tropical Storm Ampil}. The CRF finds none of them or only the name as a person; a
 * found storm replaces the mentions inside it and is left alone where it crosses a mention's edge.
 */
final class NamedStorms {
    private static final Pattern STORM = Pattern.compile(
            "\\b(?:Super\\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical\\s+Storm)\\s+(?:No\\.\\s?[0-9]{1,2}\\b|[A-Z][a-z]{2,}\\b)");

    private NamedStorms() {
    }

    static List<Mention> apply(String text, List<Mention> mentions) {
        return PatternNames.apply(text, mentions, STORM, EntityType.EVENT);
    }
}
