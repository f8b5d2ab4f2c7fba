package dev.kiji.bench;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.io.InputReader;
import dev.kiji.io.ReadOptions;
import dev.kiji.io.ReadResult;
import dev.kiji.langid.LanguageDetector;
import dev.kiji.normalize.Normalizer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Benchmark input: the readable articles of some paths, split by language. */
record Corpus(List<Document> japanese, List<Document> english) {

    static Corpus read(List<String> paths, List<String> include, int maxDocs) {
        List<Document> ja = new ArrayList<>();
        List<Document> en = new ArrayList<>();
        Iterator<ReadResult> it = new InputReader(new ReadOptions(null, ReadOptions.DEFAULT_MAX_CHARS, include))
                .read(paths, InputStream.nullInputStream());
        while (it.hasNext() && ja.size() + en.size() < maxDocs) {
            if (it.next() instanceof ReadResult.Ok ok) {
                Document d = ok.document();
                try {
                    String lang = LanguageDetector.detect(d.langHint(), Normalizer.normalize(d.text()).text());
                    (lang.equals("ja") ? ja : en).add(d);
                } catch (DocumentException e) {
                    // not a ja/en article: nothing to benchmark
                }
            }
        }
        return new Corpus(List.copyOf(ja), List.copyOf(en));
    }

    static long chars(List<Document> docs) {
        long n = 0;
        for (Document d : docs) {
            n += d.text().length();
        }
        return n;
    }
}
