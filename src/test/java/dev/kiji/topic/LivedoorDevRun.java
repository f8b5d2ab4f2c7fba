package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.doc.Document;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Development run over livedoor (not part of the normal suite: runs only with
 * {@code -Dkiji.livedoor=DIR}; {@code -Dkiji.half=tune|report|all}). Prints accuracy and timings.
 */
class LivedoorDevRun {
    @Test
    void evaluate() {
        String dir = System.getProperty("kiji.livedoor");
        assumeTrue(dir != null, "set -Dkiji.livedoor=DIR to run");
        LivedoorCorpus.Half half = LivedoorCorpus.Half.parse(System.getProperty("kiji.half", "tune"));
        TopicClassifier topics = new TopicClassifier();
        KeyphraseExtractor keys = new KeyphraseExtractor();
        long[] ns = new long[3];
        TopicEvaluator ev = new TopicEvaluator(p -> {
            LivedoorCorpus.Article a = LivedoorCorpus.read(p);
            long t0 = System.nanoTime();
            Document d = KuromojiTestTokens.japanese(p.getFileName().toString(), a.text());
            long t1 = System.nanoTime();
            d = topics.process(d);
            long t2 = System.nanoTime();
            d = keys.process(d);
            long t3 = System.nanoTime();
            ns[0] += t1 - t0;
            ns[1] += t2 - t1;
            ns[2] += t3 - t2;
            if (System.getProperty("kiji.verbose") != null) {
                System.out.println(p.getParent().getFileName() + "/" + p.getFileName() + "\t" + a.title() + "\t"
                        + d.topics() + "\t" + d.keyphrases());
            }
            return d;
        });
        TopicEvaluator.Report r = ev.livedoor(Path.of(dir), half);
        System.out.print(TopicEvaluator.format(r, true));
        int n = r.groups().stream().mapToInt(TopicEvaluator.GroupResult::total).sum()
                + r.mixed().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        System.out.printf("articles %d: tokenize %.2f ms, topics %.2f ms, keyphrases %.2f ms per article%n", n,
                ns[0] / 1e6 / n, ns[1] / 1e6 / n, ns[2] / 1e6 / n);
    }
}
