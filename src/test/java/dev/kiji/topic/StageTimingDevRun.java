package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.doc.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Steady-state cost of the topic and key-phrase stages against Kuromoji tokenization, on livedoor
 * articles (runs only with {@code -Dkiji.livedoor=DIR}): the fastest of six passes of each, as the
 * machine is shared and noisy.
 */
class StageTimingDevRun {
    @Test
    void timeStages() {
        String dir = System.getProperty("kiji.livedoor");
        assumeTrue(dir != null, "set -Dkiji.livedoor=DIR to run");
        List<String> texts = new ArrayList<>();
        for (String cat : LivedoorCorpus.GROUPS.keySet().stream().sorted().toList()) {
            LivedoorCorpus.articles(Path.of(dir, cat), LivedoorCorpus.Half.REPORT).stream().limit(40)
                    .forEach(p -> texts.add(LivedoorCorpus.read(p).text()));
        }
        TopicClassifier topics = new TopicClassifier();
        KeyphraseExtractor keys = new KeyphraseExtractor();
        List<Document> docs = new ArrayList<>();
        long tok = Long.MAX_VALUE;
        long top = Long.MAX_VALUE;
        long kp = Long.MAX_VALUE;
        for (int pass = 0; pass < 6; pass++) {
            docs.clear();
            long t0 = System.nanoTime();
            for (int i = 0; i < texts.size(); i++) {
                docs.add(KuromojiTestTokens.japanese("d" + i, texts.get(i)));
            }
            long t1 = System.nanoTime();
            for (Document d : docs) {
                topics.process(d);
            }
            long t2 = System.nanoTime();
            for (Document d : docs) {
                keys.process(d);
            }
            long t3 = System.nanoTime();
            tok = Math.min(tok, t1 - t0);
            top = Math.min(top, t2 - t1);
            kp = Math.min(kp, t3 - t2);
        }
        double n = texts.size();
        System.out.printf("%d articles, fastest of 6 passes: tokenize %.3f ms, topics %.3f ms, keyphrases %.3f ms per article "
                + "(topics+keyphrases = %.1f%% of tokenization)%n", texts.size(), tok / 1e6 / n, top / 1e6 / n,
                kp / 1e6 / n, 100.0 * (top + kp) / tok);
    }
}
