package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiji eval values} end to end on a one-article gold set, and its usage errors. */
class EvalCommandTest {
    private static final String ARTICLE = "ハルデン社、300億円を投資\n\n2025年3月14日、ハルデン社は17日から新工場に300億円を投じると発表した。売上高は前年比2.5%増えた。\n";

    private static String stdout(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CliRunner.run(null, args);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String mention(String text, String type, String value) {
        int start = ARTICLE.codePointCount(0, ARTICLE.indexOf(text));
        return "{\"start\":" + start + ",\"end\":" + (start + text.codePointCount(0, text.length())) + ",\"text\":\"" + text
                + "\",\"type\":\"" + type + "\",\"subtype\":null,\"value\":\"" + value + "\",\"entity\":null}";
    }

    @Test
    void scoresValueSpansAndNormalizedValues(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("articles/ja"));
        Files.createDirectories(root.resolve("gold/ja"));
        Files.writeString(root.resolve("articles/ja/a.txt"), ARTICLE);
        Files.writeString(root.resolve("gold/ja/a.json"), "{\"article\":\"articles/ja/a.txt\",\"lang\":\"ja\",\"pair\":null,"
                + "\"topics\":[],\"entities\":[],\"mentions\":[" + String.join(",", List.of(
                        mention("2025年3月14日", "DATE", "2025-03-14"), mention("17日", "DATE", "2025-03-17"),
                        mention("2.5%", "PERCENT", "2.5"))) + "]}");
        String out = stdout("eval", "values", "--gold", root.resolve("gold").toString(), "--json");
        String[] lines = out.strip().split("\n");
        JsonNode json = CliRunner.JSON.readTree(lines[lines.length - 1]);
        assertEquals(1, json.get("articles").asInt());
        // both 300億円 mentions are found but not in this gold: precision 3/5, recall 1, every value right
        assertEquals(3, json.get("overall").get("gold").asInt());
        assertEquals(1.0, json.get("overall").get("recall").asDouble());
        assertEquals(0.6, json.get("overall").get("precision").asDouble());
        assertEquals(1.0, json.get("overall").get("value_accuracy").asDouble());
    }

    @Test
    void anUnknownLanguageIsAUsageError(@TempDir Path root) {
        assertEquals(2, CliRunner.run(null, "eval", "values", "--gold", root.toString(), "--lang", "xx").exit());
        assertEquals(2, CliRunner.run(null, "eval", "ner", "--gold", root.toString(), "--lang", "en",
                "--recognizer", "pos").exit());
    }
}
