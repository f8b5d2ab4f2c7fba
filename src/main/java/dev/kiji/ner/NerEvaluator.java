package dev.kiji.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.eval.GoldDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Strict span-and-type evaluation on Stockmark parts and on the kiji gold test corpus. */
public final class NerEvaluator {
    private NerEvaluator() {
    }

    /** {@code NerEvaluator DATA SPLIT dev|test}: prints the default model's scores. */
    public static void main(String[] a) throws IOException {
        EvalResult r = evaluate(Path.of(a[0]), Path.of(a[1]), a[2]);
        System.out.print(r.toText());
        System.out.println(r.toJsonLine());
    }

    /** Scores the default model (models/ner-ja or classpath) on {@code part} ({@code dev} or {@code test}). */
    public static EvalResult evaluate(Path data, Path split, String part) throws IOException {
        return evaluate(StockmarkCorpus.load(data, split, part), NerTagger.loadDefault());
    }

    static EvalResult evaluate(List<StockmarkCorpus.Sample> samples, NerTagger tagger) {
        Scorer scorer = new Scorer();
        for (StockmarkCorpus.Sample s : samples) scorer.add(s.gold(), tagger.tagText(s.text()));
        return scorer.result();
    }

    /** Japanese gold articles, strict classes: {@link #evaluateGold(Path, String, boolean, Function)}. */
    public static EvalResult evaluateGold(Path goldDir, Function<String, List<Mention>> ner) throws IOException {
        return evaluateGold(goldDir, "ja", false, ner);
    }

    /**
     * Scores {@code ner} (article text → mentions) against every gold JSON file of language
     * {@code lang} under {@code goldDir} ({@code {"article": path relative to goldDir's parent, "lang",
     * "mentions":[{start, end, text, type, subtype}]}}, code-point offsets). Only the six named types
     * count; value types (DATE, MONEY…) are ignored on both sides. With {@code coarse}, an
     * organization matches whatever its subtype (reported as {@code ORGANIZATION}): the comparison
     * for recognizers that have no subtypes.
     */
    public static EvalResult evaluateGold(Path goldDir, String lang, boolean coarse,
            Function<String, List<Mention>> ner) throws IOException {
        Path corpusDir = goldDir.toAbsolutePath().getParent();
        ObjectMapper om = new ObjectMapper();
        Scorer scorer = coarse ? new Scorer(c -> c.type() == EntityType.ORGANIZATION ? "ORGANIZATION" : c.key())
                : new Scorer();
        List<Path> files = GoldDocument.files(goldDir);
        for (Path f : files) {
            JsonNode root = om.readTree(f.toFile());
            if (!root.has("article") || !root.has("mentions") || !lang.equals(root.path("lang").asText())) continue;
            String text = Files.readString(corpusDir.resolve(root.get("article").asText()), StandardCharsets.UTF_8);
            List<Span> gold = new ArrayList<>();
            for (JsonNode m : root.get("mentions")) {
                NerClass c = classOf(m.path("type").asText(), m.path("subtype").asText(null), coarse);
                if (c == null) continue;
                int a = text.offsetByCodePoints(0, m.get("start").asInt());
                int b = text.offsetByCodePoints(0, m.get("end").asInt());
                if (b > a) gold.add(new Span(a, b, c));
            }
            List<Span> pred = new ArrayList<>();
            for (Mention m : ner.apply(text)) {
                NerClass c = NerClass.of(m.type(), coarse ? null : m.subtype());
                if (c != null && m.span().end() > m.span().start()) {
                    pred.add(new Span(m.span().start(), m.span().end(), c));
                }
            }
            scorer.add(gold, pred);
        }
        return scorer.result();
    }

    private static NerClass classOf(String type, String subtype, boolean coarse) {
        EntityType t;
        try {
            t = EntityType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (t.isValue()) return null;
        Subtype st = coarse || subtype == null || subtype.isEmpty() || t != EntityType.ORGANIZATION ? null
                : Subtype.valueOf(subtype);
        return NerClass.of(t, st);
    }
}
