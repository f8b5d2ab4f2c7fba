package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.doc.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        int toks = docs.stream().mapToInt(d -> d.tokens().size()).sum();
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
                for (var t : d.tokens()) {
                    TopicLexicon.key(TermMatcher.lemmaOf(t));
                }
            }
            long t3 = System.nanoTime();
            System.out.printf("tokens/doc %d match %.3f classify %.3f keys %.3f ms/doc%n", toks / docs.size(),
                    (t1 - t0) / 1e6 / docs.size(), (t2 - t1) / 1e6 / docs.size(), (t3 - t2) / 1e6 / docs.size());
        }
    }
}
