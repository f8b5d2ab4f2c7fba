package dev.kiji.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicTrainerTest {
    @TempDir
    Path dir;

    private static Document tokenize(Document d) {
        return d.withTokens(KuromojiTestTokens.tokens(d.text()));
    }

    private static final String[] TEAMS = {"北風", "青葉", "港町", "白樺", "大空", "若鷹"};
    private static final String[] DISHES = {"肉じゃが", "カレー", "煮物", "天ぷら", "焼き魚", "味噌汁"};

    private Path labeled() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < TEAMS.length; i++) {
            String t = TEAMS[i] + "クラブは" + TEAMS[(i + 1) % TEAMS.length] + "クラブとの試合に勝ち、選手たちは決勝進出を喜んだ。";
            lines.add("{\"text\":\"" + t + "\",\"lang\":\"ja\",\"topics\":[\"medtop:15000000\"]}");
            String c = "週末は" + DISHES[i] + "を作り、台所で家族と夕食の味付けを相談した。";
            lines.add("{\"text\":\"" + c + "\",\"lang\":\"ja\",\"topics\":[\"medtop:10000000\"]}");
        }
        Path f = dir.resolve("labeled.jsonl");
        Files.write(f, lines);
        return f;
    }

    @Test
    void learnsDiscriminativeTermsPerTopicAndClassifiesWithThem() throws IOException {
        TopicTrainer trainer = new TopicTrainer(TopicTrainerTest::tokenize);
        List<TopicTrainer.Example> exs = trainer.read(labeled());
        assertEquals(12, exs.size());
        String text = TopicTrainer.train(exs, 1.5);
        assertEquals(text, TopicTrainer.train(exs, 1.5), "deterministic");
        TopicLexicon lx = TopicLexicon.parse(List.of(text.split("\n")), "trained");
        assertEquals(MediaTopic.SPORT, lx.lookup("ja", "試合").get(0).topic());
        assertEquals(MediaTopic.LIFESTYLE, lx.lookup("ja", "夕食").get(0).topic());
        assertTrue(lx.lookup("ja", "は").isEmpty(), "function words are not learned");
        assertTrue(lx.lookup("ja", "クラブ").stream().noneMatch(e -> e.topic() == MediaTopic.LIFESTYLE));

        Path out = dir.resolve("trained.txt");
        Files.writeString(out, text);
        TopicClassifier c = new TopicClassifier(TopicModel.withLexicon(out));
        List<Topic> got = c.classify(KuromojiTestTokens.japanese("n", "昨日の試合で選手が決勝点を挙げた。"));
        assertFalse(got.isEmpty());
        assertEquals(MediaTopic.SPORT.code(), got.get(0).code());
    }

    @Test
    void strictDefaultThresholdKeepsNothingFromTinyData() throws IOException {
        TopicTrainer trainer = new TopicTrainer(TopicTrainerTest::tokenize);
        Path out = dir.resolve("strict.txt");
        trainer.trainFile(labeled(), out);
        TopicLexicon lx = TopicLexicon.load(out);
        assertEquals(0, lx.size("ja"), "six articles per topic are not evidence at z >= 3");
    }

    @Test
    void rejectsRecordsWithoutTopics() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"text\":\"本文\",\"lang\":\"ja\"}\n");
        TopicTrainer trainer = new TopicTrainer(TopicTrainerTest::tokenize);
        assertThrows(IllegalArgumentException.class, () -> trainer.read(f));
    }
}
