package dev.kiji.io;

import static dev.kiji.io.Reads.JA;
import static dev.kiji.io.Reads.JA2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiji.doc.Document;
import dev.kiji.doc.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdinTest {
    @TempDir
    Path dir;

    @Test
    void stdinJsonLines() {
        byte[] in = ("\n  {\"id\":\"s1\",\"text\":\"" + JA + "\"}\n{\"text\":\"" + JA2 + "\"}\nnot json\n")
                .getBytes(StandardCharsets.UTF_8);
        List<ReadResult> rs = Reads.all(ReadOptions.defaults(), List.of("-"), Reads.stdin(in), 3);
        Document a = Reads.ok(rs.get(0));
        assertEquals("s1", a.id());
        assertEquals("-:2", a.source());
        Document b = Reads.ok(rs.get(1));
        assertEquals("stdin:3", b.id());
        assertEquals(JA2, b.text());
        assertEquals("stdin:4", Reads.error(rs.get(2), ErrorCode.MALFORMED_RECORD).id());
    }

    @Test
    void stdinText() {
        String text = "見出し\n" + JA + "\n";
        List<ReadResult> rs = Reads.all(ReadOptions.defaults(), List.of("-"),
                Reads.stdin(text.getBytes(Charset.forName("EUC-JP"))), 1);
        Document d = Reads.ok(rs.get(0));
        assertEquals("stdin", d.id());
        assertEquals("-", d.source());
        assertEquals("見出し", d.title());
        assertEquals(text, d.text());
    }

    @Test
    void stdinHtmlAndLimits() {
        byte[] html = ("<!DOCTYPE html><html><body><nav>メニュー</nav><p>" + JA + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(JA, Reads.ok(Reads.all(ReadOptions.defaults(), List.of("-"), Reads.stdin(html), 1).get(0)).text());
        byte[] big = "z".repeat(500).getBytes(StandardCharsets.UTF_8);
        Reads.error(Reads.all(Reads.withMaxChars(100), List.of("-"), Reads.stdin(big), 1).get(0), ErrorCode.TOO_LARGE);
        Reads.error(Reads.all(ReadOptions.defaults(), List.of("-"), Reads.stdin(new byte[0]), 1).get(0),
                ErrorCode.EMPTY);
    }

    @Test
    void stdinMixesWithFilesInArgumentOrder() throws Exception {
        Path f = Reads.write(dir, "f.txt", JA2, StandardCharsets.UTF_8);
        List<ReadResult> rs = Reads.all(ReadOptions.defaults(), List.of(f.toString(), "-", f.toString()),
                Reads.stdin(JA.getBytes(StandardCharsets.UTF_8)), 3);
        assertEquals(List.of("f.txt", "stdin", "f.txt"), rs.stream().map(r -> Reads.ok(r).id()).toList());
        assertEquals(JA, Reads.ok(rs.get(1)).text());
    }
}
