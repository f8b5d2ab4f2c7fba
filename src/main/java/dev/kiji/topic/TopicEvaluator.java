package dev.kiji.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kiji.doc.Document;
import dev.kiji.doc.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Primary-topic accuracy of an annotator ({@code article file → document with topics}) on the
 * livedoor corpus (category folders mapped to IPTC groups, see {@link LivedoorCorpus}) or on kiji's
 * gold files ({@code gold/{ja,en}/*.json}: {@code article} relative to the corpus root, {@code topics}
 * with the primary first). Independent of how the pipeline is wired.
 */
public final class TopicEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONE = "(none)";

    /** Correct/total for one group, with the distribution of predicted primaries. */
    public record GroupResult(String group, int total, int correct, Map<String, Integer> predicted) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** Per-group results, the macro average over scored groups, and mixed categories' distributions. */
    public record Report(List<GroupResult> groups, double macroAccuracy, Map<String, Map<String, Integer>> mixed,
            double msPerArticle) {
    }

    private final Function<Path, Document> annotate;

    public TopicEvaluator(Function<Path, Document> annotate) {
        this.annotate = annotate;
    }

    /** Evaluates the livedoor folders under {@code dir} in the given half. */
    public Report livedoor(Path dir, LivedoorCorpus.Half half) {
        Map<MediaTopic, int[]> perGroup = new TreeMap<>();
        Map<MediaTopic, Map<String, Integer>> predicted = new TreeMap<>();
        Map<String, Map<String, Integer>> mixed = new TreeMap<>();
        long t0 = System.nanoTime();
        int n = 0;
        for (String category : new TreeMap<>(LivedoorCorpus.GROUPS).keySet()) {
            MediaTopic gold = LivedoorCorpus.GROUPS.get(category);
            if (!Files.isDirectory(dir.resolve(category))) {
                continue;
            }
            for (Path f : LivedoorCorpus.articles(dir.resolve(category), half)) {
                String p = primary(annotate.apply(f));
                n++;
                int[] c = perGroup.computeIfAbsent(gold, g -> new int[2]);
                c[0]++;
                if (gold.code().equals(p)) {
                    c[1]++;
                }
                predicted.computeIfAbsent(gold, g -> new TreeMap<>()).merge(label(p), 1, Integer::sum);
            }
        }
        for (String category : new java.util.TreeSet<>(LivedoorCorpus.MIXED)) {
            Path cd = dir.resolve(category);
            if (!Files.isDirectory(cd)) {
                continue;
            }
            for (Path f : LivedoorCorpus.articles(cd, half)) {
                n++;
                mixed.computeIfAbsent(category, k -> new TreeMap<>())
                        .merge(label(primary(annotate.apply(f))), 1, Integer::sum);
            }
        }
        List<GroupResult> groups = new ArrayList<>();
        perGroup.forEach((g, c) -> groups.add(new GroupResult(g.label(), c[0], c[1], predicted.get(g))));
        double macro = groups.stream().mapToDouble(GroupResult::accuracy).average().orElse(0);
        return new Report(groups, macro, mixed, n == 0 ? 0 : (System.nanoTime() - t0) / 1e6 / n);
    }

    /** Evaluates gold files under {@code goldDir} ({@code ja/} and {@code en/}); articles resolve against {@code corpusRoot}. */
    public Report gold(Path goldDir, Path corpusRoot) {
        Map<String, int[]> perLang = new TreeMap<>();
        Map<String, Map<String, Integer>> predicted = new TreeMap<>();
        long t0 = System.nanoTime();
        int n = 0;
        for (Path f : goldFiles(goldDir)) {
            JsonNode g = readJson(f);
            JsonNode topics = g.path("topics");
            if (!topics.isArray() || topics.isEmpty() || !g.hasNonNull("article")) {
                continue;
            }
            String want = MediaTopic.ofCode(topics.get(0).asText()).code();
            String lang = g.path("lang").asText("?");
            String got = primary(annotate.apply(corpusRoot.resolve(g.get("article").asText())));
            n++;
            int[] c = perLang.computeIfAbsent(lang, k -> new int[2]);
            c[0]++;
            if (want.equals(got)) {
                c[1]++;
            }
            predicted.computeIfAbsent(lang, k -> new TreeMap<>())
                    .merge(label(want) + " -> " + label(got), 1, Integer::sum);
        }
        List<GroupResult> groups = new ArrayList<>();
        int total = 0;
        int correct = 0;
        for (Map.Entry<String, int[]> e : perLang.entrySet()) {
            groups.add(new GroupResult(e.getKey(), e.getValue()[0], e.getValue()[1], predicted.get(e.getKey())));
            total += e.getValue()[0];
            correct += e.getValue()[1];
        }
        double acc = total == 0 ? 0 : (double) correct / total;
        return new Report(groups, acc, Map.of(), n == 0 ? 0 : (System.nanoTime() - t0) / 1e6 / n);
    }

    /** Human-readable report; with {@code json}, ends with one JSON line {@code {"macro_accuracy":…,"per_group":{…}}}. */
    public static String format(Report r, boolean json) {
        StringBuilder sb = new StringBuilder();
        for (GroupResult g : r.groups()) {
            sb.append(String.format(Locale.ROOT, "%-45s %4d/%4d  %.3f  predicted %s%n", g.group(), g.correct(),
                    g.total(), g.accuracy(), g.predicted()));
        }
        sb.append(String.format(Locale.ROOT, "macro accuracy %.3f  (%.1f ms/article)%n", r.macroAccuracy(),
                r.msPerArticle()));
        r.mixed().forEach((cat, dist) -> sb.append(cat).append(" primary topics: ").append(dist).append('\n'));
        if (json) {
            ObjectNode o = JSON.createObjectNode();
            o.put("macro_accuracy", Math.round(r.macroAccuracy() * 10000) / 10000.0);
            ObjectNode per = o.putObject("per_group");
            r.groups().forEach(g -> per.put(g.group(), Math.round(g.accuracy() * 10000) / 10000.0));
            if (!r.mixed().isEmpty()) {
                o.set("mixed", JSON.valueToTree(r.mixed()));
            }
            sb.append(o).append('\n');
        }
        return sb.toString();
    }

    private static String primary(Document d) {
        if (d.topics() == null) {
            return null;
        }
        return d.topics().stream().filter(Topic::primary).map(Topic::code).findFirst().orElse(null);
    }

    private static String label(String code) {
        return code == null ? NONE : MediaTopic.ofCode(code).label();
    }

    private static List<Path> goldFiles(Path goldDir) {
        List<Path> out = new ArrayList<>();
        for (String lang : List.of("ja", "en")) {
            Path d = goldDir.resolve(lang);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static JsonNode readJson(Path f) {
        try {
            return JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
