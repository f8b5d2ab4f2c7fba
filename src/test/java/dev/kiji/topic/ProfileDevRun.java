package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.doc.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breaks the stages' cost into parts (min over passes); runs only with {@code -Dkiji.livedoor=DIR}. */
class ProfileDevRun {
    @Test
    void profile() {
        String dir = System.getProperty("kiji.livedoor");
        assumeTrue(dir != null);
        List<Document> docs = new ArrayList<>();
        for (Path p : LivedoorCorpus.articles(Path.of(dir, "peachy"), LivedoorCorpus.Half.REPORT)) {
            docs.add(KuromojiTestTokens.japanese("x", LivedoorCorpus.read(p).text()));
        }
        TopicModel m = TopicModel.shipped();
        TermMatcher tm = new TermMatcher(m.lexicon());
        TopicClassifier tc = new TopicClassifier(m);
        KeyphraseExtractor ke = new KeyphraseExtractor();
        double[] min = {1e9, 1e9, 1e9, 1e9};
        for (int pass = 0; pass < 15; pass++) {
            long t0 = System.nanoTime();
            for (Document d : docs) {
                tm.match("ja", d.tokens(), 0, 1, new EvidenceTally());
            }
            long t1 = System.nanoTime();
            for (Document d : docs) {
                tc.classify(d);
            }
            long t2 = System.nanoTime();
            for (Document d : docs) {
                PhraseCandidates.extract("ja", d.text(), d.tokens());
            }
            long t3 = System.nanoTime();
            for (Document d : docs) {
                ke.extract(d);
            }
            long t4 = System.nanoTime();
            long[] t = {t0, t1, t2, t3, t4};
            for (int i = 0; i < 4; i++) {
                min[i] = Math.min(min[i], (t[i + 1] - t[i]) / 1e6 / docs.size());
            }
        }
        System.out.printf("ms/doc (min of 15): match %.3f classify %.3f candidates %.3f keyphrases %.3f%n",
                min[0], min[1], min[2], min[3]);
    }
}
