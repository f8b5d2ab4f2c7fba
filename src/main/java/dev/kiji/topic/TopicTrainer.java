package dev.kiji.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.Document;
import dev.kiji.doc.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Learns a topic lexicon ({@link TopicLexicon} file format) from labeled articles: for every topic
 * and language, the terms whose document frequency among the topic's articles most exceeds that
 * among the other articles, scored by smoothed log-odds and kept when the z-score is high enough.
 * The weight of a kept term is its log-odds ratio, capped at {@link #MAX_WEIGHT}. Deterministic.
 *
 * <p>Input (JSON Lines): {@code {"text": "…", "lang": "ja"|"en", "topics": ["medtop:…", …]}} (every
 * listed topic counts as a label). Tokens come from the {@code tokenize} function (the pipeline up to
 * TOKENS), so training sees the same lemmas as classification.
 */
public final class TopicTrainer {
    static final int MIN_DOCS = 3;
    static final double MIN_Z = 3.0;
    static final int MAX_TERMS = 400;
    static final double MAX_WEIGHT = 3.0;

    /** One labeled, tokenized article. */
    public record Example(String lang, Set<MediaTopic> topics, Document doc) {
        public Example {
            topics = Set.copyOf(topics);
        }
    }

    private final UnaryOperator<Document> tokenize;

    public TopicTrainer(UnaryOperator<Document> tokenize) {
        this.tokenize = tokenize;
    }

    /** Reads and tokenizes a labeled JSON Lines file. */
    public List<Example> read(Path jsonl) {
        ObjectMapper json = new ObjectMapper();
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = json.readTree(line);
                String lang = o.path("lang").asText("ja");
                Set<MediaTopic> topics = new HashSet<>();
                o.path("topics").forEach(t -> topics.add(MediaTopic.ofCode(t.asText())));
                if (topics.isEmpty() || !o.hasNonNull("text")) {
                    throw new IllegalArgumentException(jsonl + ":" + n + ": needs \"text\" and \"topics\"");
                }
                Document d = Document.create("train-" + n, jsonl.toString(), null, null, null, lang,
                        o.get("text").asText());
                out.add(new Example(lang, topics, tokenize.apply(d.withLang(lang))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Trains on a labeled file and writes the lexicon to {@code out}. */
    public void trainFile(Path labeled, Path out) {
        try {
            Files.writeString(out, train(read(labeled)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lexicon text learned from the examples. */
    public static String train(List<Example> examples) {
        return train(examples, MIN_Z);
    }

    static String train(List<Example> examples, double minZ) {
        StringBuilder sb = new StringBuilder("# trained by dev.kiji.topic.TopicTrainer from ")
                .append(examples.size()).append(" labeled articles (smoothed log-odds, z >= ").append(minZ)
                .append(")\n");
        Map<String, List<Example>> byLang = new TreeMap<>();
        examples.forEach(e -> byLang.computeIfAbsent(e.lang(), k -> new ArrayList<>()).add(e));
        byLang.forEach((lang, exs) -> appendLanguage(sb, lang, exs, minZ));
        return sb.toString();
    }

    private record Scored(String term, double logOdds, double z) {
    }

    private static void appendLanguage(StringBuilder sb, String lang, List<Example> exs, double minZ) {
        List<Set<String>> terms = new ArrayList<>();
        Map<String, Integer> dfAll = new HashMap<>();
        for (Example e : exs) {
            Set<String> t = terms(lang, e.doc());
            terms.add(t);
            t.forEach(w -> dfAll.merge(w, 1, Integer::sum));
        }
        Map<MediaTopic, List<Integer>> docsOf = new EnumMap<>(MediaTopic.class);
        for (int i = 0; i < exs.size(); i++) {
            for (MediaTopic t : exs.get(i).topics()) {
                docsOf.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<MediaTopic, List<Integer>> e : docsOf.entrySet()) {
            int nIn = e.getValue().size();
            int nOut = exs.size() - nIn;
            Map<String, Integer> dfIn = new HashMap<>();
            e.getValue().forEach(i -> terms.get(i).forEach(w -> dfIn.merge(w, 1, Integer::sum)));
            List<Scored> kept = new ArrayList<>();
            dfIn.forEach((w, yIn) -> {
                if (yIn < MIN_DOCS) {
                    return;
                }
                int yOut = dfAll.get(w) - yIn;
                double lo = Math.log((yIn + 0.5) / (nIn - yIn + 0.5)) - Math.log((yOut + 0.5) / (nOut - yOut + 0.5));
                double se = Math.sqrt(1 / (yIn + 0.5) + 1 / (nIn - yIn + 0.5) + 1 / (yOut + 0.5) + 1 / (nOut - yOut + 0.5));
                if (lo > 0 && lo / se >= minZ) {
                    kept.add(new Scored(w, lo, lo / se));
                }
            });
            kept.sort(Comparator.comparingDouble((Scored s) -> -s.z()).thenComparing(Scored::term));
            sb.append("@topic ").append(e.getKey().code().substring(7, 9)).append(' ').append(lang).append('\n');
            int col = 0;
            for (Scored s : kept.subList(0, Math.min(MAX_TERMS, kept.size()))) {
                String term = lang.equals("ja") ? s.term() : s.term().replace(' ', '_');
                sb.append(term).append(':')
                        .append(String.format(Locale.ROOT, "%.2f", Math.min(MAX_WEIGHT, s.logOdds())));
                sb.append(++col % 12 == 0 ? '\n' : ' ');
            }
            sb.append('\n');
        }
    }

    /** Distinct content lemmas of a document (nouns, verbs, adjectives; no numbers or symbols). */
    static Set<String> terms(String lang, Document d) {
        Set<String> out = new HashSet<>();
        boolean ja = "ja".equals(lang);
        for (Token t : d.tokens()) {
            boolean content = ja ? TokenClasses.isJapaneseContent(t) && !t.pos().startsWith("名詞-数")
                    && !t.pos().startsWith("名詞-非自立") && !t.pos().startsWith("名詞-代名詞")
                    : TokenClasses.isEnglishContent(t) && !t.pos().equals("CD");
            String key = TopicLexicon.key(TermMatcher.lemmaOf(t));
            if (content && TokenClasses.hasLetterOrDigit(key) && key.indexOf(':') < 0 && key.indexOf('#') < 0
                    && !key.contains(" ") && !key.contains("_")) {
                out.add(key);
            }
        }
        return out;
    }
}
