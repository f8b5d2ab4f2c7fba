package dev.kiji.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kiji.doc.Document;
import dev.kiji.doc.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicEvaluatorTest {
    @TempDir
    Path dir;

    /** Annotator under test: the file's last line names the topic it "predicts". */
    private static final Function<Path, Document> BY_LAST_LINE = p -> {
        try {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            MediaTopic t = MediaTopic.ofCode(lines.get(lines.size() - 1).strip());
            return Document.create("x", p.toString(), null, null, null, "ja", "x")
                    .withTopics(List.of(new Topic(t.code(), t.label(), t.labelJa(), 0.9, true, List.of("x"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private void article(String category, String name, String predicted) throws IOException {
        Path d = Files.createDirectories(dir.resolve(category));
        Files.writeString(d.resolve(name), "http://example/\n2020-01-01\nTitle\n" + predicted + "\n");
    }

    @Test
    void livedoorAccuracyPerGroupMacroAndMixedDistribution() throws IOException {
        article("sports-watch", "sports-watch-1.txt", "15");
        article("sports-watch", "sports-watch-2.txt", "11");
        article("movie-enter", "movie-enter-1.txt", "01");
        article("smax", "smax-1.txt", "13");
        article("peachy", "peachy-1.txt", "10");
        article("peachy", "peachy-2.txt", "10");
        article("topic-news", "topic-news-1.txt", "02");
        Files.writeString(dir.resolve("peachy").resolve("LICENSE.txt"), "not an article\n11\n");
        TopicEvaluator.Report r = new TopicEvaluator(BY_LAST_LINE).livedoor(dir, LivedoorCorpus.Half.ALL);
        TopicEvaluator.GroupResult sport = r.groups().stream()
                .filter(g -> g.group().equals(MediaTopic.SPORT.label())).findFirst().orElseThrow();
        assertEquals(2, sport.total());
        assertEquals(1, sport.correct());
        assertEquals((0.5 + 1 + 1 + 1) / 4, r.macroAccuracy(), 1e-9);
        assertEquals(1, r.mixed().get("topic-news").get(MediaTopic.CRIME.label()));
        String out = TopicEvaluator.format(r, true);
        String[] lines = out.strip().split("\n");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(0.875, last.get("macro_accuracy").asDouble(), 1e-9);
        assertEquals(0.5, last.get("per_group").get(MediaTopic.SPORT.label()).asDouble(), 1e-9);
    }

    @Test
    void halvesPartitionTheFilesDeterministically() throws IOException {
        for (int i = 0; i < 40; i++) {
            article("smax", "smax-" + i + ".txt", "13");
        }
        List<Path> tune = LivedoorCorpus.articles(dir.resolve("smax"), LivedoorCorpus.Half.TUNE);
        List<Path> report = LivedoorCorpus.articles(dir.resolve("smax"), LivedoorCorpus.Half.REPORT);
        assertEquals(40, tune.size() + report.size());
        assertTrue(tune.size() > 5 && report.size() > 5, tune.size() + "/" + report.size());
        assertTrue(tune.stream().noneMatch(report::contains));
        assertEquals(LivedoorCorpus.halfOf("smax-7.txt"), LivedoorCorpus.halfOf("smax-7.txt"));
        assertEquals(LivedoorCorpus.Half.REPORT, LivedoorCorpus.Half.parse("report"));
    }

    @Test
    void goldPrimaryAccuracy() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createDirectories(corpus.resolve("articles"));
        Files.writeString(corpus.resolve("articles/a.txt"), "11\n");
        Files.writeString(corpus.resolve("articles/b.txt"), "15\n");
        Path gold = Files.createDirectories(corpus.resolve("gold/ja"));
        Files.createDirectories(corpus.resolve("gold/en"));
        Files.writeString(gold.resolve("a.json"),
                "{\"article\":\"articles/a.txt\",\"lang\":\"ja\",\"topics\":[\"medtop:11000000\",\"medtop:16000000\"]}");
        Files.writeString(corpus.resolve("gold/en/b.json"),
                "{\"article\":\"articles/b.txt\",\"lang\":\"en\",\"topics\":[\"medtop:04000000\"]}");
        TopicEvaluator.Report r = new TopicEvaluator(BY_LAST_LINE).gold(corpus.resolve("gold"), corpus);
        assertEquals(0.5, r.macroAccuracy(), 1e-9);
        assertEquals(2, r.groups().size());
        assertNotEquals(r.groups().get(0).accuracy(), r.groups().get(1).accuracy());
    }
}
