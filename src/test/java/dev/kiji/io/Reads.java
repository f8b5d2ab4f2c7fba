package dev.kiji.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.kiji.doc.Document;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Test helpers: read everything, check the count, unwrap results. */
final class Reads {
    /** Our own test sentences (not from any dataset). */
    static final String JA = "昨日の午後、港町の小さな図書館で古い地図の展示会が始まり、多くの家族連れが訪れた。";
    static final String JA2 = "館長の山田さんは「次は写真展を開きたい」と話している。";
    static final String EN = "The harbour library opened an exhibition of old maps on Tuesday afternoon.";

    private Reads() {
    }

    static List<ReadResult> all(ReadOptions options, List<String> inputs, InputStream stdin, int expected) {
        List<ReadResult> out = new ArrayList<>();
        Iterator<ReadResult> it = new InputReader(options).read(inputs, stdin);
        it.forEachRemaining(out::add);
        assertEquals(expected, out.size(), "one result per input article: " + out);
        return out;
    }

    static List<ReadResult> all(List<String> inputs, int expected) {
        return all(ReadOptions.defaults(), inputs, null, expected);
    }

    static ReadResult one(ReadOptions options, Path file) {
        return all(options, List.of(file.toString()), null, 1).get(0);
    }

    static Document ok(ReadResult r) {
        return assertInstanceOf(ReadResult.Ok.class, r, () -> "expected a document, got " + r).document();
    }

    static Failure error(ReadResult r, ErrorCode code) {
        Failure f = assertInstanceOf(ReadResult.Error.class, r, () -> "expected an error, got " + r).failure();
        assertEquals(code, f.code(), f::toString);
        return f;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    static Path write(Path dir, String name, String text, Charset cs) throws IOException {
        return write(dir, name, text.getBytes(cs));
    }

    static InputStream stdin(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static ReadOptions withMaxChars(int maxChars) {
        return new ReadOptions(null, maxChars, List.of());
    }

    static ReadOptions withEncoding(Charset cs) {
        return new ReadOptions(cs, ReadOptions.DEFAULT_MAX_CHARS, List.of());
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
