package dev.kiji.io;

import static dev.kiji.io.Reads.JA;
import static dev.kiji.io.Reads.JA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path root = dir.resolve("corpus");
        Reads.write(root, "b.txt", "見出し\n" + JA, StandardCharsets.UTF_8);
        Reads.write(root, "a/z.html", "<html><body><p>" + JA2 + "</p></body></html>", StandardCharsets.UTF_8);
        Reads.write(root, "a/m.dat", JA, StandardCharsets.UTF_8);
        Reads.write(root, "c.jsonl", "{\"id\":\"r1\",\"text\":\"" + JA + "\"}\n{\"text\":\"" + JA2 + "\"}\n",
                StandardCharsets.UTF_8);
        Reads.write(root, ".hidden.txt", JA, StandardCharsets.UTF_8);
        Reads.write(root, ".git/config.txt", JA, StandardCharsets.UTF_8);
        Reads.write(root, "a/.DS_Store", new byte[] {0, 1, 2});
        Files.createSymbolicLink(root.resolve("a/broken.txt"), root.resolve("missing.txt"));
        Files.createSymbolicLink(root.resolve("a/loop"), root); // directory loop back to the root
        Files.createSymbolicLink(root.resolve("self.txt"), root.resolve("self.txt")); // file link loop
        Files.createDirectories(root.resolve("empty"));
        return root;
    }

    @Test
    void walksRecursivelyInNameOrderWithStableIdsAndSources() throws Exception {
        Path root = corpus();
        String arg = root.toString();
        List<ReadResult> rs = Reads.all(List.of(arg), 7);
        List<String> ids = rs.stream().map(DirectoryTest::id).toList();
        assertEquals(List.of("a/broken.txt", "a/m.dat", "a/z.html", "b.txt", "r1", "c.jsonl:2", "self.txt"), ids);
        Failure broken = Reads.error(rs.get(0), ErrorCode.UNREADABLE);
        assertEquals(arg + "/a/broken.txt", broken.source());
        assertTrue(broken.message().contains("broken symbolic link"), broken.message());
        assertEquals(arg + "/a/m.dat", Reads.ok(rs.get(1)).source());
        assertEquals(JA2, Reads.ok(rs.get(2)).text());
        assertEquals("見出し", Reads.ok(rs.get(3)).title());
        assertEquals(arg + "/c.jsonl:1", Reads.ok(rs.get(4)).source());
        Reads.error(rs.get(6), ErrorCode.UNREADABLE);
        // Same order again, and with a trailing slash on the argument the sources do not double it.
        List<ReadResult> again = Reads.all(List.of(arg + "/"), 7);
        assertEquals(ids, again.stream().map(DirectoryTest::id).toList());
        assertEquals(arg + "/b.txt", Reads.ok(again.get(3)).source());
    }

    @Test
    void unreadableFileDoesNotStopTheWalk() throws Exception {
        Path root = dir.resolve("perm");
        Reads.write(root, "1.txt", JA, StandardCharsets.UTF_8);
        Path locked = Reads.write(root, "2.txt", JA2, StandardCharsets.UTF_8);
        Reads.write(root, "3.txt", JA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean enforced = !Files.isReadable(locked); // root ignores permissions
        if (!enforced) {
            Files.delete(locked);
            Files.createSymbolicLink(locked, root.resolve("gone.txt"));
        }
        List<ReadResult> rs = Reads.all(List.of(root.toString()), 3);
        assertEquals(JA, Reads.ok(rs.get(0)).text());
        Failure f = Reads.error(rs.get(1), ErrorCode.UNREADABLE);
        assertEquals("2.txt", f.id());
        assertEquals(JA, Reads.ok(rs.get(2)).text());
    }

    @Test
    void includeGlobsSelectFilesByNameOrRelativePath() throws Exception {
        Path root = corpus();
        ReadOptions txt = new ReadOptions(null, 1000, List.of("*.txt"));
        assertEquals(List.of("a/broken.txt", "b.txt", "self.txt"),
                Reads.all(txt, List.of(root.toString()), null, 3).stream().map(DirectoryTest::id).toList());
        ReadOptions under = new ReadOptions(null, 1000, List.of("a/*.{html,dat}", "*.jsonl"));
        assertEquals(List.of("a/m.dat", "a/z.html", "r1", "c.jsonl:2"),
                Reads.all(under, List.of(root.toString()), null, 4).stream().map(DirectoryTest::id).toList());
    }

    @Test
    void missingAndDirectFilesAndEmptyDirectories() throws Exception {
        Path f = Reads.write(dir, "x/note.txt", JA, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("nothing"));
        String missing = dir.resolve("no-such.txt").toString();
        List<ReadResult> rs = Reads.all(List.of(missing, dir.resolve("nothing").toString(), f.toString()), 2);
        Failure gone = Reads.error(rs.get(0), ErrorCode.UNREADABLE);
        assertEquals("no-such.txt", gone.id());
        assertEquals(missing, gone.source());
        assertEquals("note.txt", Reads.ok(rs.get(1)).id());
    }

    @Test
    void iterationIsLazy() throws Exception {
        Path root = dir.resolve("lazy");
        for (int i = 0; i < 5; i++) {
            Reads.write(root, "f" + i + ".txt", JA + i, StandardCharsets.UTF_8);
        }
        Iterator<ReadResult> it = new InputReader(ReadOptions.defaults()).read(List.of(root.toString()), null);
        assertEquals("f0.txt", id(it.next()));
        // Files written after iteration started are still seen: nothing was read ahead of the consumer.
        Files.writeString(root.resolve("f1.txt"), JA2, StandardCharsets.UTF_8);
        assertEquals(JA2, Reads.ok(it.next()).text());
        List<ReadResult> rest = new ArrayList<>();
        it.forEachRemaining(rest::add);
        assertEquals(3, rest.size());
    }

    private static String id(ReadResult r) {
        return r instanceof ReadResult.Ok ok ? ok.document().id() : ((ReadResult.Error) r).failure().id();
    }
}
