package dev.kiji.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accumulates, per topic, the cues seen in one document: each cue's weight and how often it
 * occurred. A topic's evidence sum is {@code Σ weight · (1 + ln count)} over its distinct cues, so
 * a repeated word counts sub-linearly. Not thread-safe: one instance per document.
 */
final class EvidenceTally {
    private record Cue(double weight, int count) {
    }

    private final Map<MediaTopic, Map<String, Cue>> cues = new EnumMap<>(MediaTopic.class);

    void add(MediaTopic topic, String label, double weight) {
        add(topic, label, weight, 1);
    }

    void add(MediaTopic topic, String label, double weight, int count) {
        cues.computeIfAbsent(topic, t -> new LinkedHashMap<>())
                .merge(label, new Cue(weight, count), (a, b) -> new Cue(Math.max(a.weight, b.weight), a.count + b.count));
    }

    /** Evidence sum for a topic; 0 when nothing voted for it. Negative cues can lower it. */
    double sum(MediaTopic topic) {
        Map<String, Cue> m = cues.get(topic);
        if (m == null) {
            return 0;
        }
        double s = 0;
        for (Cue c : m.values()) {
            s += c.weight * (1 + Math.log(c.count));
        }
        return s;
    }

    /** Topics with any cue. */
    List<MediaTopic> topics() {
        return new ArrayList<>(cues.keySet());
    }

    /** The positive cues of a topic, strongest contribution first (ties by label), at most {@code max}. */
    List<String> evidence(MediaTopic topic, int max) {
        Map<String, Cue> m = cues.getOrDefault(topic, Map.of());
        return m.entrySet().stream()
                .filter(e -> e.getValue().weight > 0)
                .sorted(Comparator.<Map.Entry<String, Cue>>comparingDouble(
                        e -> -e.getValue().weight * (1 + Math.log(e.getValue().count)))
                        .thenComparing(Map.Entry::getKey))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }
}
