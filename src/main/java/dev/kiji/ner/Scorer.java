package dev.kiji.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Accumulates strict span/type matches between gold and predicted spans, sentence by sentence. */
final class Scorer {
    private final Map<String, int[]> perType = new HashMap<>(); // gold, predicted, correct
    private final Map<String, Integer> confusions = new HashMap<>();
    private int boundary;
    private int missed;
    private int spurious;
    private final Function<NerClass, String> keyOf;

    /** Scores per class ({@link NerClass#key()}). */
    Scorer() {
        this(NerClass::key);
    }

    /** Scores per {@code keyOf(class)}: classes with one key are reported together. */
    Scorer(Function<NerClass, String> keyOf) {
        this.keyOf = keyOf;
    }

    void add(List<Span> gold, List<Span> pred) {
        Set<Span> predSet = new HashSet<>(pred);
        for (Span g : gold) {
            counts(g.type())[0]++;
            if (predSet.contains(g)) {
                counts(g.type())[2]++;
                continue;
            }
            Span same = null;
            boolean overlapSameType = false;
            for (Span p : pred) {
                if (p.start() == g.start() && p.end() == g.end()) same = p;
                else if (p.start() < g.end() && g.start() < p.end() && p.type() == g.type()) overlapSameType = true;
            }
            if (same != null) confusions.merge(keyOf.apply(g.type()) + " → " + keyOf.apply(same.type()), 1, Integer::sum);
            else if (overlapSameType) boundary++;
            else missed++;
        }
        for (Span p : pred) {
            counts(p.type())[1]++;
            boolean overlaps = false;
            for (Span g : gold) overlaps |= p.start() < g.end() && g.start() < p.end();
            if (!overlaps) spurious++;
        }
    }

    private int[] counts(NerClass c) {
        return perType.computeIfAbsent(keyOf.apply(c), k -> new int[3]);
    }

    EvalResult result() {
        Map<String, EvalResult.Prf> pt = new HashMap<>();
        int g = 0;
        int p = 0;
        int c = 0;
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            int[] v = e.getValue();
            pt.put(e.getKey(), new EvalResult.Prf(v[0], v[1], v[2]));
            g += v[0];
            p += v[1];
            c += v[2];
        }
        return new EvalResult(new EvalResult.Prf(g, p, c), pt, confusions, boundary, missed, spurious);
    }
}
