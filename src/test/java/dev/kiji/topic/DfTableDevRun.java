package dev.kiji.topic;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code models/topics/df-ja.tsv}: document frequencies of noun lemmas over the TRAIN split
 * of the Stockmark NER Wikipedia sentences (CC BY-SA 3.0), one document per Wikipedia article
 * (curid). Runs only with {@code -Dkiji.stockmark=DIR -Dkiji.dfOut=FILE}.
 */
class DfTableDevRun {
    @Test
    void build() throws IOException {
        String dir = System.getProperty("kiji.stockmark");
        String out = System.getProperty("kiji.dfOut");
        assumeTrue(dir != null && out != null, "set -Dkiji.stockmark=DIR -Dkiji.dfOut=FILE");
        Set<String> train = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(dir, "split.tsv"))) {
            String[] f = line.split("\t");
            if (f.length == 3 && f[2].equals("train")) {
                train.add(f[0]);
            }
        }
        JsonNode all = new ObjectMapper().readTree(Path.of(dir, "ner.json").toFile());
        Map<String, Set<String>> wordsByDoc = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (!train.contains(Integer.toString(i))) {
                continue;
            }
            JsonNode s = all.get(i);
            String text = Normalizer.normalize(s.get("text").asText(), Normalizer.Form.NFKC);
            Set<String> words = wordsByDoc.computeIfAbsent(s.get("curid").asText(), k -> new HashSet<>());
            List<Token> tokens = KuromojiTestTokens.tokens(text);
            for (Token t : tokens) {
                if (TokenClasses.isJapaneseNoun(t) && !t.pos().startsWith("名詞-数")) {
                    words.add(TopicLexicon.key(TermMatcher.lemmaOf(t)));
                }
            }
        }
        Map<String, Integer> df = new HashMap<>();
        wordsByDoc.values().forEach(ws -> ws.forEach(w -> df.merge(w, 1, Integer::sum)));
        StringBuilder sb = new StringBuilder();
        sb.append("# Document frequencies of Japanese noun lemmas (Kuromoji/IPADIC, NFKC, lower case).\n");
        sb.append("# Built by DfTableDevRun from the train split of the Stockmark NER Wikipedia dataset\n");
        sb.append("# (ner-wikipedia-dataset v2.0, Japanese Wikipedia text): licence CC BY-SA 3.0.\n");
        sb.append("# docs ").append(wordsByDoc.size()).append('\n');
        new TreeMap<>(df).forEach((w, n) -> {
            if (!w.contains("\t") && !w.isBlank()) {
                sb.append(w).append('\t').append(n).append('\n');
            }
        });
        Files.writeString(Path.of(out), sb.toString(), StandardCharsets.UTF_8);
        System.out.println("df table: " + wordsByDoc.size() + " docs, " + df.size() + " words -> " + out);
    }
}
