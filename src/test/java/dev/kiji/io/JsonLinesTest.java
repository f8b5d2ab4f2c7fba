package dev.kiji.io;

import static dev.kiji.io.Reads.JA;
import static dev.kiji.io.Reads.JA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesTest {
    @TempDir
    Path dir;

    @Test
    void malformedLineInTheMiddleIsOneErrorAndTheRestIsRead() throws Exception {
        String jsonl = String.join("\n",
                "{\"id\":\"a1\",\"title\":\"港町\",\"text\":\"" + JA + "\",\"published\":\"2022-01-21T09:00:00+09:00\","
                        + "\"url\":\"https://news.example.jp/1\",\"lang\":\"ja\",\"extra\":[1,2]}",
                "{\"id\":42,\"text\":null,\"body\":\"" + JA2 + "\"}",
                "",
                "{\"title\": \"broken\", \"text\": " + JA.length() + ",",
                "   ",
                "{\"text\":\"" + Reads.EN + "\"}") + "\n";
        Path p = Reads.write(dir, "feed.jsonl", jsonl, StandardCharsets.UTF_8);
        List<ReadResult> rs = Reads.all(List.of(p.toString()), 4);
        Document a = Reads.ok(rs.get(0));
        assertEquals("a1", a.id());
        assertEquals(p + ":1", a.source());
        assertEquals("港町", a.title());
        assertEquals(JA, a.text());
        assertEquals("2022-01-21", a.published());
        assertEquals("https://news.example.jp/1", a.url());
        assertEquals("ja", a.langHint());
        Document b = Reads.ok(rs.get(1));
        assertEquals("42", b.id());
        assertEquals(JA2, b.text());
        assertEquals(p + ":2", b.source());
        Failure bad = Reads.error(rs.get(2), ErrorCode.MALFORMED_RECORD);
        assertEquals("feed.jsonl:4", bad.id());
        assertEquals(p + ":4", bad.source());
        assertTrue(bad.message().startsWith("line 4: not valid JSON"), bad.message());
        Document c = Reads.ok(rs.get(3));
        assertEquals("feed.jsonl:6", c.id());
        assertNull(c.title());
        assertEquals(1, rs.stream().filter(r -> r instanceof ReadResult.Error).count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[1,2]|MALFORMED_RECORD|not a JSON object but array",
        "\"just a string\"|MALFORMED_RECORD|not a JSON object but string",
        "{\"id\":\"x\"}|MALFORMED_RECORD|no 'text' or 'body' string",
        "{\"text\":[\"a\"]}|MALFORMED_RECORD|field 'text' must be a string, not array",
        "{\"text\":\"ok\",\"title\":3}|MALFORMED_RECORD|field 'title' must be a string, not number",
        "{\"text\":\"ok\",\"id\":{\"a\":1}}|MALFORMED_RECORD|field 'id' must be a string or number",
        "{\"text\":\"ok\"} {\"text\":\"two\"}|MALFORMED_RECORD|not valid JSON",
        "{\"text\":\"ok\",\"text\":\"dup\"}|MALFORMED_RECORD|not valid JSON",
        "{\"text\":\" \\u3000\\n\"}|EMPTY|whitespace",
        "{\"body\":\"\"}|EMPTY|no text",
    })
    void badRecordsAreReportedWithLineNumbers(String line, ErrorCode code, String why) throws Exception {
        String jsonl = "{\"text\":\"" + JA + "\"}\n" + line + "\n{\"text\":\"" + JA2 + "\"}";
        Path p = Reads.write(dir, "bad.ndjson", jsonl, StandardCharsets.UTF_8);
        List<ReadResult> rs = Reads.all(List.of(p.toString()), 3);
        Failure f = Reads.error(rs.get(1), code);
        assertTrue(f.message().contains(why), f.message());
        if (code == ErrorCode.MALFORMED_RECORD) {
            assertTrue(f.message().startsWith("line 2: "), f.message());
        }
        assertEquals(JA, Reads.ok(rs.get(0)).text());
        assertEquals(JA2, Reads.ok(rs.get(2)).text());
    }

    @Test
    void overlongLineIsTooLargeAndReadingResumesAtNextLine() throws Exception {
        int maxChars = 100;
        String huge = "{\"text\":\"" + "x".repeat(200_000) + "\"}";
        String jsonl = "{\"id\":\"first\",\"text\":\"" + JA + "\"}\r\n" + huge + "\r\n"
                + "{\"id\":\"long\",\"text\":\"" + "y".repeat(maxChars + 1) + "\"}\n"
                + "{\"id\":\"last\",\"text\":\"" + JA2 + "\"}";
        Path p = Reads.write(dir, "big.jsonl", jsonl, StandardCharsets.UTF_8);
        List<ReadResult> rs = Reads.all(Reads.withMaxChars(maxChars), List.of(p.toString()), null, 4);
        assertEquals("first", Reads.ok(rs.get(0)).id());
        Failure skipped = Reads.error(rs.get(1), ErrorCode.TOO_LARGE);
        assertEquals("big.jsonl:2", skipped.id());
        assertTrue(skipped.message().contains((huge.length()) + " bytes"), skipped.message());
        assertEquals("long", Reads.error(rs.get(2), ErrorCode.TOO_LARGE).id());
        Document last = Reads.ok(rs.get(3));
        assertEquals("last", last.id());
        assertEquals(JA2, last.text());
    }

    @Test
    void invalidUtf8InOneLineOnlyAffectsThatLine() throws Exception {
        byte[] bad = new byte[40];
        java.util.Arrays.fill(bad, (byte) 0xFF);
        byte[] bytes = Reads.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("{\"text\":\"" + JA + "\"}\n{\"text\":\"").getBytes(StandardCharsets.UTF_8), bad,
                ("\"}\n{\"text\":\"" + JA2 + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Path p = Reads.write(dir, "mixed.jsonl", bytes);
        List<ReadResult> rs = Reads.all(List.of(p.toString()), 3);
        assertEquals(JA, Reads.ok(rs.get(0)).text());
        assertTrue(Reads.error(rs.get(1), ErrorCode.UNDECODABLE).message().startsWith("line 2"));
        assertEquals(JA2, Reads.ok(rs.get(2)).text());
    }
}
