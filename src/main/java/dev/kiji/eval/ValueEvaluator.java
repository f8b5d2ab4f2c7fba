package dev.kiji.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.ner.EvalResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores value mentions (DATE, MONEY, PERCENT: the types the gold annotates) against test-corpus
 * gold: span-and-type precision, recall and F1 per type, and how many of the mentions found with
 * the right span carry exactly the gold's normalized value ({@code 2022-01-21}, {@code JPY
 * 30000000000}, {@code 0.25}). TIME and QUANTITY mentions are not scored (the gold leaves them out).
 */
public final class ValueEvaluator {
    /** The value types the gold annotates. */
    public static final List<EntityType> TYPES = List.of(EntityType.DATE, EntityType.MONEY, EntityType.PERCENT);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ValueEvaluator() {
    }

    /** Counts for one type: gold and predicted mentions, span-and-type matches, and matches with the right value. */
    public record Counts(int gold, int predicted, int spanCorrect, int valueCorrect) {
        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, spanCorrect + o.spanCorrect,
                    valueCorrect + o.valueCorrect);
        }

        /** Span-and-type precision, recall and F1. */
        public EvalResult.Prf span() {
            return new EvalResult.Prf(gold, predicted, spanCorrect);
        }

        /** Share of span matches whose value is exactly the gold value. */
        public double valueAccuracy() {
            return spanCorrect == 0 ? 0 : (double) valueCorrect / spanCorrect;
        }
    }

    /** Per-type counts and their total over {@code articles} gold articles. */
    public record Report(int articles, Map<EntityType, Counts> perType) {
        public Counts overall() {
            return perType.values().stream().reduce(new Counts(0, 0, 0, 0), Counts::plus);
        }

        public String toText() {
            StringBuilder sb = new StringBuilder(String.format("%d articles%n", articles));
            line(sb, "overall", overall());
            perType.forEach((t, c) -> line(sb, t.name(), c));
            return sb.toString();
        }

        private static void line(StringBuilder sb, String name, Counts c) {
            sb.append(String.format("  %-8s span P %.4f  R %.4f  F1 %.4f  value accuracy %.4f (%d/%d)  (gold %d, predicted %d)%n",
                    name, c.span().precision(), c.span().recall(), c.span().f1(), c.valueAccuracy(), c.valueCorrect(), c.spanCorrect(),
                    c.gold(), c.predicted()));
        }

        public String toJsonLine() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("articles", articles);
            m.put("overall", json(overall()));
            Map<String, Object> pt = new java.util.LinkedHashMap<>();
            perType.forEach((t, c) -> pt.put(t.name(), json(c)));
            m.put("per_type", pt);
            try {
                return JSON.writeValueAsString(m);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Map<String, Object> json(Counts c) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("precision", round(c.span().precision()));
            m.put("recall", round(c.span().recall()));
            m.put("f1", round(c.span().f1()));
            m.put("value_accuracy", round(c.valueAccuracy()));
            m.put("gold", c.gold());
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }

    /**
     * Annotates every gold article of language {@code lang} under {@code goldDir} (paths relative to
     * its parent) with {@code annotate} and scores its value mentions.
     */
    public static Report evaluate(Path goldDir, String lang, Function<Path, Document> annotate) throws IOException {
        Path root = goldDir.toAbsolutePath().getParent();
        List<Path> files = GoldDocument.files(goldDir);
        Map<EntityType, Counts> perType = new EnumMap<>(EntityType.class);
        TYPES.forEach(t -> perType.put(t, new Counts(0, 0, 0, 0)));
        int articles = 0;
        for (Path f : files) {
            GoldDocument gd = GoldDocument.read(f);
            if (!lang.equals(gd.lang())) {
                continue;
            }
            articles++;
            Document doc = annotate.apply(root.resolve(gd.article()));
            score(gd, doc).forEach((t, c) -> perType.merge(t, c, Counts::plus));
        }
        return new Report(articles, perType);
    }

    /** Counts for one article. */
    static Map<EntityType, Counts> score(GoldDocument gold, Document doc) {
        Map<String, String> goldValues = new HashMap<>();
        Map<EntityType, Counts> out = new EnumMap<>(EntityType.class);
        for (GoldDocument.GoldMention gm : gold.mentions()) {
            CharSpan span = gm.span(doc.text());
            if (TYPES.contains(gm.type()) && span != null) {
                goldValues.put(key(span, gm.type()), gm.value());
                out.merge(gm.type(), new Counts(1, 0, 0, 0), Counts::plus);
            }
        }
        for (Mention m : doc.mentions()) {
            if (!TYPES.contains(m.type())) {
                continue;
            }
            String k = key(m.span(), m.type());
            boolean spanRight = goldValues.containsKey(k);
            boolean valueRight = spanRight && Objects.equals(goldValues.get(k), m.value());
            out.merge(m.type(), new Counts(0, 1, spanRight ? 1 : 0, valueRight ? 1 : 0), Counts::plus);
        }
        return out;
    }

    private static String key(CharSpan span, EntityType type) {
        return span.start() + ":" + span.end() + ":" + type;
    }
}
