package dev.kiji.bench;

import dev.kiji.Pipelines;
import dev.kiji.doc.Document;
import dev.kiji.batch.Batch;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Measures, on the same articles in one process after warm-up: raw Kuromoji versus kiji's Japanese
 * pipeline, and CoreNLP's default English pipeline versus kiji's English path. Single-threaded.
 */
public final class Bench {

    /** What to measure. {@code minSeconds} is the least time each timed measurement runs. */
    public record Options(List<String> paths, List<String> include, int maxDocs, double warmupSeconds,
            double minSeconds, boolean stockCoreNlp) {
    }

    private Bench() {
    }

    public static Map<String, Object> run(Options o, PrintStream log) {
        Corpus corpus = Corpus.read(o.paths(), o.include(), o.maxDocs());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ja_articles", corpus.japanese().size());
        r.put("en_articles", corpus.english().size());
        if (!corpus.japanese().isEmpty()) {
            japanese(corpus.japanese(), o, r, log);
        }
        if (!corpus.english().isEmpty()) {
            english(corpus.english(), o, r, log);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        r.put("heap_mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        return r;
    }

    private static void japanese(List<Document> docs, Options o, Map<String, Object> r, PrintStream log) {
        long chars = Corpus.chars(docs);
        log.printf(Locale.ROOT, "Japanese: %d articles, %,d chars%n", docs.size(), chars);
        RawKuromoji raw = new RawKuromoji();
        // first alone, before any kiji code has run: Kuromoji compiled for itself, the true floor
        Timed alone = measure(raw::run, docs, o);
        Pipeline[] last = new Pipeline[1];
        Timed[] pair = measurePair(raw::run, ds -> {
            last[0] = Pipelines.standard();
            return annotate(last[0], ds);
        }, docs, o, 1);
        Timed kuromoji = pair[0];
        Timed kiji = pair[1];
        double aloneCps = chars * alone.passes / alone.seconds;
        double kurCps = chars * kuromoji.passes / kuromoji.seconds;
        double kijiCps = chars * kiji.passes / kiji.seconds;
        r.put("kuromoji_chars_per_s", Math.round(aloneCps));
        r.put("kuromoji_interleaved_chars_per_s", Math.round(kurCps));
        r.put("ja_chars_per_s", Math.round(kijiCps));
        r.put("ja_articles_per_s", round1(docs.size() * kiji.passes / kiji.seconds));
        r.put("ja_tokens_per_s", Math.round(kiji.count * kiji.passes / kiji.seconds));
        r.put("ja_ratio", round3(kijiCps / aloneCps));
        r.put("ja_ratio_interleaved", round3(kijiCps / kurCps));
        r.put("ja_stage_ms_per_article", perArticle(last[0], docs.size()));
        log.printf(Locale.ROOT, "  raw Kuromoji   %,12.0f chars/s alone, %,.0f interleaved with kiji%n", aloneCps, kurCps);
        log.printf(Locale.ROOT, "  kiji ja        %,12.0f chars/s  %.1f articles/s  (%.1f%% of Kuromoji alone, %.1f%% interleaved)%n",
                kijiCps, docs.size() * kiji.passes / kiji.seconds, 100 * kijiCps / aloneCps, 100 * kijiCps / kurCps);
        log.println("  stage ms/article " + r.get("ja_stage_ms_per_article"));
    }

    private static void english(List<Document> docs, Options o, Map<String, Object> r, PrintStream log) {
        log.printf(Locale.ROOT, "English: %d articles, %,d chars%n", docs.size(), Corpus.chars(docs));
        Pipeline[] last = new Pipeline[1];
        Timed kiji = measure(ds -> {
            last[0] = Pipelines.standard();
            return annotate(last[0], ds);
        }, docs, o);
        double kijiTps = kiji.count * kiji.passes / kiji.seconds;
        r.put("en_tokens_per_s", Math.round(kijiTps));
        r.put("en_articles_per_s", round1(docs.size() * kiji.passes / kiji.seconds));
        r.put("en_stage_ms_per_article", perArticle(last[0], docs.size()));
        log.printf(Locale.ROOT, "  kiji en        %,12.0f tokens/s%n", kijiTps);
        log.println("  stage ms/article " + r.get("en_stage_ms_per_article"));
        if (o.stockCoreNlp()) {
            long t0 = System.nanoTime();
            StockCoreNlp stock = new StockCoreNlp();
            log.printf(Locale.ROOT, "  CoreNLP default pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            Timed core = measure(stock::run, docs, o);
            double coreTps = core.count * core.passes / core.seconds;
            r.put("corenlp_tokens_per_s", Math.round(coreTps));
            r.put("en_ratio", round3(kijiTps / coreTps));
            log.printf(Locale.ROOT, "  CoreNLP default%,12.0f tokens/s  (kiji is %.1fx)%n", coreTps, kijiTps / coreTps);
            // again in alternating slices of about equal time, so that both see the same machine conditions
            int reps = (int) Math.max(1, Math.round(kijiTps / coreTps));
            Timed[] pair = measurePair(ds -> annotate(last[0], ds), stock::run, docs, o, reps);
            double kijiI = pair[0].count * pair[0].passes / pair[0].seconds;
            double coreI = pair[1].count * pair[1].passes / pair[1].seconds;
            r.put("en_tokens_per_s_interleaved", Math.round(kijiI));
            r.put("corenlp_interleaved_tokens_per_s", Math.round(coreI));
            r.put("en_ratio_interleaved", round3(kijiI / coreI));
            log.printf(Locale.ROOT, "  interleaved    %,12.0f tokens/s kiji, %,.0f CoreNLP  (kiji is %.1fx)%n", kijiI, coreI,
                    kijiI / coreI);
        }
    }

    /** Annotates {@code docs} the way {@code kiji annotate} does: in chunks of {@link Batch#DEFAULT_CHUNK}, stage by stage. */
    private static long annotate(Pipeline p, List<Document> docs) {
        long tokens = 0;
        for (int i = 0; i < docs.size(); i += Batch.DEFAULT_CHUNK) {
            for (Outcome o : p.runAll(docs.subList(i, Math.min(docs.size(), i + Batch.DEFAULT_CHUNK)))) {
                if (o instanceof Outcome.Annotated a && a.document().tokens() != null) {
                    tokens += a.document().tokens().size();
                }
            }
        }
        return tokens;
    }

    private static Map<String, Double> perArticle(Pipeline p, int docs) {
        Map<String, Double> out = new LinkedHashMap<>();
        p.timings().millis().forEach((k, v) -> out.put(k, round3(v / docs)));
        return out;
    }

    /** {@code count} per pass (e.g. tokens), number of timed passes and their total seconds. */
    private record Timed(long count, int passes, double seconds) {
    }

    /**
     * Times two systems on the same documents in alternating slices (A B, then B A, ...) after a
     * shared warm-up, until each has run at least {@code minSeconds}: both see the same machine
     * conditions, so their ratio does not drift with the load of a shared machine. A slice of A is
     * {@code repsA} passes, so that a much faster A runs about as long per slice as B.
     */
    private static Timed[] measurePair(ToLongFunction<List<Document>> a, ToLongFunction<List<Document>> b,
            List<Document> docs, Options o, int repsA) {
        long warmEnd = System.nanoTime() + (long) (2 * o.warmupSeconds() * 1e9);
        do {
            a.applyAsLong(docs);
            b.applyAsLong(docs);
        } while (System.nanoTime() < warmEnd);
        long[] nanos = new long[2];
        long[] count = new long[2];
        int[] passes = new int[2];
        List<ToLongFunction<List<Document>>> both = List.of(a, b);
        for (int round = 0; Math.min(nanos[0], nanos[1]) < o.minSeconds() * 1e9; round++) {
            for (int k = 0; k < 2; k++) {
                int s = (round + k) % 2;
                for (int rep = 0; rep < (s == 0 ? repsA : 1); rep++) {
                    long t0 = System.nanoTime();
                    count[s] = both.get(s).applyAsLong(docs);
                    nanos[s] += System.nanoTime() - t0;
                    passes[s]++;
                }
            }
        }
        return new Timed[] {new Timed(count[0], passes[0], nanos[0] / 1e9), new Timed(count[1], passes[1], nanos[1] / 1e9)};
    }

    private static Timed measure(ToLongFunction<List<Document>> pass, List<Document> docs, Options o) {
        long warmEnd = System.nanoTime() + (long) (o.warmupSeconds() * 1e9);
        do {
            pass.applyAsLong(docs);
        } while (System.nanoTime() < warmEnd);
        long count = 0;
        int passes = 0;
        long t0 = System.nanoTime();
        do {
            count = pass.applyAsLong(docs);
            passes++;
        } while (System.nanoTime() - t0 < o.minSeconds() * 1e9);
        return new Timed(count, passes, (System.nanoTime() - t0) / 1e9);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
