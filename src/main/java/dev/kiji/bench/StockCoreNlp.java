package dev.kiji.bench;

import dev.kiji.doc.Document;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/** What an English user would otherwise run: CoreNLP's default tokenize,ssplit,pos,lemma,ner. */
final class StockCoreNlp {
    private final StanfordCoreNLP pipeline;

    StockCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates every document; returns the token count. */
    long run(List<Document> docs) {
        long tokens = 0;
        for (Document d : docs) {
            Annotation a = new Annotation(d.text());
            pipeline.annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return tokens;
    }
}
