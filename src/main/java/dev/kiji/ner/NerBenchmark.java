package dev.kiji.ner;

import dev.kiji.doc.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures model load time, heap after loading and single-thread tagging throughput on
 * pre-tokenized sentences: {@code NerBenchmark DATA SPLIT [part] [seconds]}.
 */
public final class NerBenchmark {
    private NerBenchmark() {
    }

    public static void main(String[] a) throws Exception {
        List<StockmarkCorpus.Sample> samples = StockmarkCorpus.load(Path.of(a[0]), Path.of(a[1]),
                a.length > 2 ? a[2] : "dev");
        double seconds = a.length > 3 ? Double.parseDouble(a[3]) : 20;
        List<String> texts = new ArrayList<>();
        List<List<Token>> tokens = new ArrayList<>();
        long nTokens = 0;
        for (StockmarkCorpus.Sample s : samples) {
            texts.add(s.text());
            List<Token> t = NerTagger.tokenizeNormalized(s.text());
            tokens.add(t);
            nTokens += t.size();
        }
        System.gc();
        long heap0 = used();
        long t0 = System.nanoTime();
        NerTagger tagger = NerTagger.loadDefault();
        double load = (System.nanoTime() - t0) / 1e9;
        System.gc();
        System.out.printf("load %.2f s, heap for model+dictionary %d MB%n", load, (used() - heap0) >> 20);
        for (int w = 0; w < 3; w++) {
            for (int i = 0; i < texts.size(); i++) tagger.tag(texts.get(i), tokens.get(i));
        }
        long count = 0;
        long start = System.nanoTime();
        int rounds = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
            for (int i = 0; i < texts.size(); i++) tagger.tag(texts.get(i), tokens.get(i));
            count += nTokens;
            rounds++;
        }
        double el = (System.nanoTime() - start) / 1e9;
        System.out.printf("tagged %d rounds, %d tokens in %.1f s: %.0f tokens/s (one thread)%n", rounds, count, el,
                count / el);
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
