package dev.kiji.ner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strict (exact span and type) micro-averaged scores, per type, and the main error kinds.
 *
 * @param confusions     "gold → predicted" type pairs on identical spans, with counts
 * @param boundaryErrors gold mentions overlapped by a same-type prediction with other boundaries
 */
public record EvalResult(Prf overall, Map<String, Prf> perType, Map<String, Integer> confusions, int boundaryErrors,
        int missed, int spurious) {

    /** Counts and scores for one class (or all). */
    public record Prf(int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public EvalResult {
        perType = Map.copyOf(perType);
        confusions = Map.copyOf(confusions);
    }

    public double precision() { return overall.precision(); }
    public double recall() { return overall.recall(); }
    public double f1() { return overall.f1(); }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("overall  P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d, correct %d)%n",
                precision(), recall(), f1(), overall.gold(), overall.predicted(), overall.correct()));
        perType.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb.append(String.format(
                "  %-24s P %.4f  R %.4f  F1 %.4f  (gold %d)%n", e.getKey(), e.getValue().precision(),
                e.getValue().recall(), e.getValue().f1(), e.getValue().gold())));
        sb.append(String.format("errors: boundary %d, missed %d, spurious %d%n", boundaryErrors, missed, spurious));
        confusions.entrySet().stream()  // ties by name: Map.copyOf's order changes from run to run
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(12)
                .forEach(e -> sb.append(String.format("  type confusion %-45s %d%n", e.getKey(), e.getValue())));
        return sb.toString();
    }

    public String toJsonLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("f1", round(f1()));
        Map<String, Object> pt = new LinkedHashMap<>();
        perType.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("precision", round(e.getValue().precision()));
            one.put("recall", round(e.getValue().recall()));
            one.put("f1", round(e.getValue().f1()));
            one.put("gold", e.getValue().gold());
            pt.put(e.getKey(), one);
        });
        m.put("per_type", pt);
        m.put("boundary_errors", boundaryErrors);
        m.put("missed", missed);
        m.put("spurious", spurious);
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
