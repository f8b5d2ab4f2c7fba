package dev.kiji.link;

import dev.kiji.doc.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mentions of one article grouped as one entity candidate; built by {@link MentionClusterer}. */
final class Cluster {
    private final EntityType type;
    private final List<MentionForm> forms = new ArrayList<>();
    private final Set<String> keys = new LinkedHashSet<>();
    private final Set<String> partKeys = new LinkedHashSet<>();
    private final Set<String> kbIds = new LinkedHashSet<>();
    private int lastStart = -1;

    Cluster(EntityType type) {
        this.type = type;
    }

    void add(MentionForm f, String strongKbId) {
        forms.add(f);
        keys.add(f.key());
        partKeys.addAll(f.partKeys());
        if (strongKbId != null) {
            kbIds.add(strongKbId);
        }
        lastStart = Math.max(lastStart, f.start());
    }

    EntityType type() {
        return type;
    }

    List<MentionForm> forms() {
        return forms;
    }

    Set<String> keys() {
        return keys;
    }

    Set<String> partKeys() {
        return partKeys;
    }

    /** KB ids that some mention of this cluster resolves to without ambiguity. */
    Set<String> kbIds() {
        return kbIds;
    }

    int lastStart() {
        return lastStart;
    }

    boolean allSinglePart() {
        return forms.stream().noneMatch(MentionForm::isMultiPart);
    }

    /** The fullest name: most parts, then longest key, then earliest. */
    MentionForm representative() {
        return forms.stream()
                .max(Comparator.comparingInt((MentionForm f) -> f.partKeys().size())
                        .thenComparingInt(f -> f.key().length())
                        .thenComparing(Comparator.comparingInt(MentionForm::start).reversed()))
                .orElseThrow();
    }

    /** True when the KB says this cluster is some entity other than {@code kbId}. */
    boolean conflictsWith(String kbId) {
        return kbId != null && !kbIds.isEmpty() && !kbIds.contains(kbId);
    }
}
