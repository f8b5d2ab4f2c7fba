package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiji.SchemaValidator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end behaviour of {@code kiji annotate} on good and bad input. */
class AnnotateCommandTest {
    @TempDir
    Path tmp;

    private static final String JA = "東京都の会社員、山田花子さんは昨日、大阪市で開かれた会議に出席した。\n会議では新しい計画が話し合われた。\n";

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    @Test
    void everyBadInputEndsAsExactlyOneRecordAndTheBatchGoesOn() throws IOException {
        Map<String, String> expected = new HashMap<>();
        write("01-empty.txt", new byte[0]);
        expected.put("01-empty.txt", "EMPTY");
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        write("02-binary.txt", binary);
        expected.put("02-binary.txt", "UNDECODABLE");
        write("03-sjis.txt", JA, Charset.forName("Shift_JIS"));
        expected.put("03-sjis.txt", null);
        write("04-eucjp.txt", JA, Charset.forName("EUC-JP"));
        expected.put("04-eucjp.txt", null);
        write("05-korean.txt", "정부는 다음 주 새로운 경제 대책을 발표할 방침이다.", StandardCharsets.UTF_8);
        expected.put("05-korean.txt", "UNSUPPORTED_LANGUAGE");
        write("06-nopunct.txt", "あいうえおかきくけこ日本語".repeat(200_000 / 13), StandardCharsets.UTF_8);
        expected.put("06-nopunct.txt", null);
        write("07-big.txt", JA.repeat(5_000_000 / JA.length() / 3), StandardCharsets.UTF_8);
        expected.put("07-big.txt", "TOO_LARGE");
        write("08-records.jsonl", String.join("\n",
                "{\"id\":\"r1\",\"text\":\"" + JA.strip().replace("\n", "\\n") + "\"}",
                "{\"id\":\"r2\",\"text\": oops",
                "{\"id\":\"r3\",\"body\":\"" + JA.strip().replace("\n", "\\n") + "\"}") + "\n",
                StandardCharsets.UTF_8);
        expected.put("r1", null);
        expected.put("08-records.jsonl:2", "MALFORMED_RECORD");
        expected.put("r3", null);

        Path out = tmp.resolve("out.jsonl");
        CliRunner.Run run = CliRunner.annotate(out, "--max-chars", "1000000", tmp.resolve("in").toString());

        assertEquals(1, run.exit(), run.stderr());
        assertEquals(expected.size(), run.lines().size(), "one record per input article");
        for (JsonNode r : run.records()) {
            String id = r.get("id").asText();
            assertTrue(expected.containsKey(id), "unexpected id " + id);
            String code = expected.get(id);
            assertEquals(code, r.has("error") ? r.get("error").get("code").asText() : null, id + ": " + r.get("error"));
            assertTrue(SchemaValidator.validate(r.toString()).isEmpty(), id);
        }
        assertTrue(run.stderr().contains(expected.size() + " articles"), run.stderr());
    }

    @Test
    void shiftJisAndEucJpDecodeToTheSameText() throws IOException {
        Path a = write("a.txt", JA, Charset.forName("Shift_JIS"));
        Path b = write("b.txt", JA, Charset.forName("EUC-JP"));
        CliRunner.Run run = CliRunner.annotate(tmp.resolve("o.jsonl"), a.toString(), b.toString());
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(JA, run.records().get(0).get("text").asText());
        assertEquals(JA, run.records().get(1).get("text").asText());
    }

    @Test
    void outputIsIdenticalAcrossRunsThreadCountsAndChunkSizes() throws IOException {
        for (int i = 0; i < 6; i++) {
            write("d" + i + ".txt", JA.replace("山田花子", "佐藤" + "一二三四五六".charAt(i)), StandardCharsets.UTF_8);
        }
        write("x.txt", new byte[0]);
        Path o1 = tmp.resolve("o1.jsonl");
        Path o2 = tmp.resolve("o2.jsonl");
        Path o3 = tmp.resolve("o3.jsonl");
        CliRunner.annotate(o1, "--threads", "1", tmp.resolve("in").toString());
        CliRunner.annotate(o2, "--threads", "3", tmp.resolve("in").toString());
        CliRunner.annotate(o3, "--threads", "3", tmp.resolve("in").toString());
        Path o4 = tmp.resolve("o4.jsonl");
        Path o5 = tmp.resolve("o5.jsonl");
        CliRunner.annotate(o4, "--threads", "1", "--chunk", "1", tmp.resolve("in").toString());
        CliRunner.annotate(o5, "--threads", "2", "--chunk", "3", tmp.resolve("in").toString());
        List<String> l1 = withoutMillis(o1);
        assertEquals(7, l1.size());
        assertEquals(l1, withoutMillis(o2));
        assertEquals(l1, withoutMillis(o3));
        assertEquals(l1, withoutMillis(o4), "one document at a time");
        assertEquals(l1, withoutMillis(o5), "chunks of three, an empty file among them");
    }

    static List<String> withoutMillis(Path p) throws IOException {
        return Files.readAllLines(p).stream().map(l -> l.replaceAll("\"millis\":\\d+", "\"millis\":0")).toList();
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRunner.run(null, "annotate").exit());
        assertEquals(2, CliRunner.run(null, "annotate", "--offsets", "bytes", "x.txt").exit());
        assertEquals(2, CliRunner.run(null, "annotate", "--no-such-option", "x.txt").exit());
        assertEquals(2, CliRunner.run(null, "annotate", "--chunk", "0", "x.txt").exit());
        assertEquals(2, CliRunner.run(null, "frobnicate").exit());
    }

    @Test
    void missingInputIsAnErrorRecordNotACrash() {
        Path out = tmp.resolve("o.jsonl");
        CliRunner.Run run = CliRunner.annotate(out, tmp.resolve("does-not-exist.txt").toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.lines().size());
        assertEquals("UNREADABLE", run.records().get(0).get("error").get("code").asText());
    }

    @Test
    void unusableKnowledgeBaseFileIsAUsageError() throws IOException {
        Path in = write("a.txt", JA, StandardCharsets.UTF_8);
        Path kb = write("kb.jsonl", "{\"id\": not json\n", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.annotate(tmp.resolve("o.jsonl"), "--kb", kb.toString(), in.toString());
        assertEquals(2, run.exit());
    }

    @Test
    void userKnowledgeBaseEntriesAreLinked() throws IOException {
        Path in = write("a.txt", "ACMXの山田社長は会見で新製品を発表した。ACMXは来年上場する。", StandardCharsets.UTF_8);
        Path kb = write("kb.jsonl", "{\"id\":\"acme:kakuu\",\"type\":\"ORGANIZATION\",\"subtype\":\"COMPANY\","
                + "\"labels\":{\"en\":\"ACMX Holdings\",\"ja\":\"ACMXホールディングス\"},\"aliases\":{\"en\":[\"ACMX\"],\"ja\":[]},"
                + "\"wikidata\":null,\"description\":\"trading company\"}\n", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.annotate(tmp.resolve("o.jsonl"), "--kb", kb.toString(), in.toString());
        assertEquals(0, run.exit(), run.stderr());
        boolean linked = false;
        for (JsonNode m : run.records().get(0).get("mentions")) {
            linked |= m.get("text").asText().equals("ACMX") && m.get("entity").asText().equals("acme:kakuu");
        }
        assertTrue(linked, run.records().get(0).get("mentions").toString());
    }
}
