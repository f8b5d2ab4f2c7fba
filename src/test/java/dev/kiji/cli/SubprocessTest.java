package dev.kiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour that needs a real JVM process: lazy model loading and surviving kill -9. */
class SubprocessTest {
    @TempDir
    Path tmp;

    private static final String JA = "政府は来週、新しい経済対策を発表する方針だ。担当の大臣は記者会見で詳細を説明した。";

    private Process start(List<String> extraJvm, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(extraJvm);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(false)
                .redirectError(tmp.resolve("stderr.txt").toFile())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).start();
    }

    @Test
    void japaneseOnlyRunNeverLoadsCoreNlp() throws Exception {
        Path in = Files.writeString(tmp.resolve("a.txt"), JA);
        Process p = start(List.of("-verbose:class"), "annotate", "-o", tmp.resolve("o.jsonl").toString(), in.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        String classes = Files.readString(tmp.resolve("stdout.txt"));
        assertTrue(classes.contains("dev.kiji.lang.ja.KuromojiTokenizer"), "class loading is logged");
        assertFalse(classes.contains("edu.stanford.nlp.pipeline.StanfordCoreNLP "), "CoreNLP was loaded");
    }

    @Test
    void killedRunResumesWithoutLossOrDuplicates() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        int n = 400;
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("%04d.txt", i)), JA.repeat(1 + i % 7) + i);
        }
        Path out = tmp.resolve("out.jsonl");
        Process p = start(List.of(), "annotate", "--threads", "2", "-o", out.toString(), dir.toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(out) < 20 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "still running when killed (make the input bigger if this fails)");
        p.destroyForcibly();  // SIGKILL
        p.waitFor();
        int before = lines(out);
        assertTrue(before > 0 && before < n, "partial output: " + before);

        Process again = start(List.of(), "annotate", "--resume", "--threads", "2", "-o", out.toString(), dir.toString());
        assertTrue(again.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue(), Files.readString(tmp.resolve("stderr.txt")));
        List<String> all = Files.readAllLines(out, StandardCharsets.UTF_8);
        Set<String> ids = new HashSet<>();
        for (String line : all) {
            JsonNode r = CliRunner.JSON.readTree(line);
            assertTrue(ids.add(r.get("id").asText()), "duplicate " + r.get("id"));
        }
        assertEquals(n, ids.size());
        assertTrue(Files.readString(tmp.resolve("stderr.txt")).contains("already done"));
    }

    private static int lines(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(p);
        int c = 0;
        for (byte x : b) {
            if (x == '\n') {
                c++;
            }
        }
        return c;
    }

}
