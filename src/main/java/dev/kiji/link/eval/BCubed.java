package dev.kiji.link.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed cluster precision and recall, accumulated over documents (micro-average over mentions).
 * Mentions are identified by span; a mention only one side has is a singleton cluster on the
 * other side, so missed and spurious mentions cost recall and precision respectively.
 */
public final class BCubed {
    private double precisionSum;
    private int systemMentions;
    private double recallSum;
    private int goldMentions;

    /** @param gold span key → gold entity id; @param system span key → system entity id */
    public void add(Map<String, String> gold, Map<String, String> system) {
        Map<String, List<String>> goldClusters = invert(gold);
        Map<String, List<String>> sysClusters = invert(system);
        for (Map.Entry<String, String> g : gold.entrySet()) {
            List<String> gc = goldClusters.get(g.getValue());
            String sid = system.get(g.getKey());
            List<String> sc = sid == null ? List.of(g.getKey()) : sysClusters.get(sid);
            recallSum += overlap(gc, sc) / (double) gc.size();
            goldMentions++;
        }
        for (Map.Entry<String, String> s : system.entrySet()) {
            List<String> sc = sysClusters.get(s.getValue());
            String gid = gold.get(s.getKey());
            List<String> gc = gid == null ? List.of(s.getKey()) : goldClusters.get(gid);
            precisionSum += overlap(gc, sc) / (double) sc.size();
            systemMentions++;
        }
    }

    public double precision() {
        return systemMentions == 0 ? 0 : precisionSum / systemMentions;
    }

    public double recall() {
        return goldMentions == 0 ? 0 : recallSum / goldMentions;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static int overlap(List<String> a, List<String> b) {
        Set<String> s = Set.copyOf(b);
        int n = 0;
        for (String x : a) {
            if (s.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, List<String>> invert(Map<String, String> m) {
        Map<String, List<String>> out = new HashMap<>();
        m.forEach((span, id) -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(span));
        return out;
    }
}
