package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.CharSpan;
import dev.kiji.doc.Document;
import dev.kiji.doc.EntityType;
import dev.kiji.doc.Mention;
import dev.kiji.doc.Subtype;
import dev.kiji.doc.Token;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Development run on kiji's gold test corpus (runs only with {@code -Dkiji.corpus=DIR}): Japanese
 * tokens from Kuromoji, English ones from CoreNLP (tokenize, ssplit, pos, lemma), mentions taken
 * from the gold files (standing in for NER), then {@link TopicEvaluator#gold}.
 */
class GoldDevRun {
    @Test
    void evaluate() throws IOException {
        String dir = System.getProperty("kiji.corpus");
        assumeTrue(dir != null, "set -Dkiji.corpus=DIR");
        Path corpus = Path.of(dir);
        ObjectMapper json = new ObjectMapper();
        Map<Path, JsonNode> goldByArticle = new HashMap<>();
        try (Stream<Path> s = Stream.concat(Files.list(corpus.resolve("gold/ja")), Files.list(corpus.resolve("gold/en")))) {
            for (Path g : s.toList()) {
                JsonNode n = json.readTree(g.toFile());
                goldByArticle.put(corpus.resolve(n.get("article").asText()).normalize(), n);
            }
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        TopicClassifier topics = new TopicClassifier();
        KeyphraseExtractor keys = new KeyphraseExtractor();
        TopicEvaluator ev = new TopicEvaluator(p -> {
            JsonNode g = goldByArticle.get(p.normalize());
            String lang = g.get("lang").asText();
            String text = read(p);
            Document d = lang.equals("ja") ? KuromojiTestTokens.japanese(p.getFileName().toString(), text)
                    : english(nlp, text);
            d = keys.process(topics.process(d.withMentions(mentions(g, d.text()))));
            System.out.println(p.getFileName() + "\tgold " + g.get("topics") + "\t" + d.topics().stream()
                    .map(t -> t.code().substring(7, 9) + " " + String.format("%.2f", t.score()) + " " + t.evidence())
                    .toList() + "\n\t" + d.keyphrases().stream().map(k -> k.text()).toList());
            return d;
        });
        System.out.print(TopicEvaluator.format(ev.gold(corpus.resolve("gold"), corpus), true));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document english(StanfordCoreNLP nlp, String text) {
        CoreDocument cd = new CoreDocument(text);
        nlp.annotate(cd);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel l : cd.tokens()) {
            tokens.add(new Token(new CharSpan(l.beginPosition(), l.endPosition()),
                    text.substring(l.beginPosition(), l.endPosition()), l.lemma(), l.tag(), null));
        }
        return Document.create("en", "en", null, null, null, "en", text).withLang("en").withTokens(tokens);
    }

    private static List<Mention> mentions(JsonNode g, String text) {
        String nfkcCheck = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Mention> out = new ArrayList<>();
        for (JsonNode m : g.get("mentions")) {
            int s = text.offsetByCodePoints(0, m.get("start").asInt());
            int e = text.offsetByCodePoints(0, m.get("end").asInt());
            if (nfkcCheck.length() != text.length()) {
                continue; // spans would not line up with the folded text
            }
            JsonNode st = m.get("subtype");
            Subtype sub = st == null || st.isNull() ? null : Subtype.valueOf(st.asText());
            out.add(Mention.of(new CharSpan(s, e), text, EntityType.valueOf(m.get("type").asText()), sub, null));
        }
        return out;
    }
}
