package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.KeyPhrase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares key-phrase rankings by a proxy: how often the top 3 phrases of an article's BODY occur
 * in its headline (which an editor wrote to name what the article is about). TUNE half of
 * livedoor; runs only with {@code -Dkiji.livedoor=DIR -Dkiji.df=FILE}.
 */
class KeyphraseChoiceDevRun {
    @Test
    void compare() {
        String dir = System.getProperty("kiji.livedoor");
        String df = System.getProperty("kiji.df");
        assumeTrue(dir != null && df != null);
        KeyphraseExtractor freq = new KeyphraseExtractor(Map.of());
        KeyphraseExtractor tfidf = new KeyphraseExtractor(Map.of("ja", DocumentFrequencies.load(Path.of(df))));
        int n = 0;
        int[] hits = new int[2];
        for (String cat : LivedoorCorpus.GROUPS.keySet().stream().sorted().toList()) {
            for (Path p : LivedoorCorpus.articles(Path.of(dir, cat), LivedoorCorpus.Half.TUNE)) {
                LivedoorCorpus.Article a = LivedoorCorpus.read(p);
                Document d = KuromojiTestTokens.japanese("x", a.body());
                String title = java.text.Normalizer.normalize(a.title(), java.text.Normalizer.Form.NFKC);
                n++;
                hits[0] += hitsIn(freq.extract(d), title);
                hits[1] += hitsIn(tfidf.extract(d), title);
            }
        }
        System.out.printf("top-3 phrases found in headline, per article: frequency %.3f, tf-idf %.3f (%d articles)%n",
                hits[0] / (double) n, hits[1] / (double) n, n);
    }

    private static int hitsIn(List<KeyPhrase> ks, String title) {
        return (int) ks.stream().limit(3).filter(k -> title.contains(k.text())).count();
    }
}
