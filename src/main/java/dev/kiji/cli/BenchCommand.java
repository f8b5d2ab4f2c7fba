package dev.kiji.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.bench.Bench;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kiji bench CORPUS...}: throughput of kiji against raw Kuromoji and stock CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures kiji's Japanese pipeline against raw Kuromoji tokenization and kiji's English path",
            "against CoreNLP's default tokenize,ssplit,pos,lemma,ner, on the same articles after warm-up (one thread)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Files or directories of articles.")
    List<String> paths;

    @Option(names = "--json", description = "End with one JSON line of the figures.")
    boolean json;

    @Option(names = "--max-docs", defaultValue = "100000", description = "Read at most N articles (default: ${DEFAULT-VALUE}).")
    int maxDocs;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds per measurement (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--min-seconds", defaultValue = "5", description = "Least timed seconds per measurement (default: ${DEFAULT-VALUE}).")
    double minSeconds;

    @Option(names = "--no-corenlp-default", negatable = true, defaultValue = "true",
            description = "Also run CoreNLP's default pipeline on English articles (slow to load: ~25 s, 2.5 GB).")
    boolean stockCoreNlp;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching GLOB under directories.")
    List<String> include = List.of();

    @Override
    public Integer call() throws Exception {
        Map<String, Object> r = Bench.run(new Bench.Options(paths, include, maxDocs, warmup, minSeconds, stockCoreNlp),
                System.out);
        System.out.println("heap after warm-up: " + r.get("heap_mb") + " MB");
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(r));
        }
        return 0;
    }
}
