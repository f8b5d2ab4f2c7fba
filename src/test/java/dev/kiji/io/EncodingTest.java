package dev.kiji.io;

import static dev.kiji.io.Reads.JA;
import static dev.kiji.io.Reads.JA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingTest {
    private static final String SJIS_EXTENDED = "株式会社は㈱と略され、手順は①から③まで続く。";
    private static final String HIRAGANA_ONLY = "きょうはみなとまちのとしょかんへいきました";
    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        String text = JA + "\n" + JA2 + "\n";
        return Stream.of(
                Arguments.of("UTF-8", text, new byte[0], StandardCharsets.UTF_8),
                Arguments.of("UTF-8 BOM", text, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        StandardCharsets.UTF_8),
                Arguments.of("UTF-16LE BOM", text, new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("UTF-16BE BOM", text, new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of("Shift_JIS", text, new byte[0], Charset.forName("Shift_JIS")),
                Arguments.of("Windows-31J", SJIS_EXTENDED + "\n" + JA, new byte[0], Charset.forName("windows-31j")),
                Arguments.of("EUC-JP", text, new byte[0], Charset.forName("EUC-JP")),
                Arguments.of("EUC-JP hiragana", HIRAGANA_ONLY + "\n" + HIRAGANA_ONLY, new byte[0],
                        Charset.forName("EUC-JP")),
                Arguments.of("ISO-2022-JP", text, new byte[0], Charset.forName("ISO-2022-JP")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void detectsEncodingAndRoundTrips(String label, String text, byte[] bom, Charset cs) throws Exception {
        Path file = Reads.write(dir, "article.txt", Reads.concat(bom, text.getBytes(cs)));
        Document d = Reads.ok(Reads.one(ReadOptions.defaults(), file));
        assertEquals(text, d.text(), label);
        assertEquals(text.substring(0, text.indexOf('\n')), d.title());
        assertEquals("article.txt", d.id());
        assertEquals(file.toString(), d.source());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void overrideDecodesWithTheGivenCharset(String label, String text, byte[] bom, Charset cs) throws Exception {
        Path file = Reads.write(dir, "forced", Reads.concat(bom, text.getBytes(cs)));
        assertEquals(text, Reads.ok(Reads.one(Reads.withEncoding(cs), file)).text(), label);
    }

    @Test
    void overrideWinsOverDetection() throws Exception {
        // Valid UTF-8 bytes, but the user says EUC-JP: the result must differ from the UTF-8 reading.
        byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
        Path file = Reads.write(dir, "latin.txt", Reads.concat(bytes, new byte[] {(byte) 0xC3, (byte) 0xA9}));
        assertEquals("abcé", Reads.ok(Reads.one(ReadOptions.defaults(), file)).text());
        assertEquals("abcﾃｩ", Reads.ok(Reads.one(Reads.withEncoding(Charset.forName("windows-31j")), file)).text());
    }

    @Test
    void emptyAndBlankFilesAreEmpty() throws Exception {
        Reads.write(dir, "in/a-empty.txt", new byte[0]);
        Reads.write(dir, "in/b-blank.txt", " \n\u3000\n\t".getBytes(StandardCharsets.UTF_8));
        Reads.write(dir, "in/c-bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var results = Reads.all(java.util.List.of(dir.resolve("in").toString()), 3);
        for (ReadResult r : results) {
            Reads.error(r, ErrorCode.EMPTY);
        }
        assertEquals("a-empty.txt", Reads.error(results.get(0), ErrorCode.EMPTY).id());
    }

    @Test
    void binaryWithNulBytesIsUndecodable() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[100] = 0;
        Path file = Reads.write(dir, "image.bin", bytes);
        Failure f = Reads.error(Reads.one(ReadOptions.defaults(), file), ErrorCode.UNDECODABLE);
        assertTrue(f.message().contains("NUL"), f.message());
        assertEquals("image.bin", f.id());
    }

    @Test
    void randomBytesWithoutNulAreUndecodable() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        Reads.error(Reads.one(ReadOptions.defaults(), Reads.write(dir, "noise.dat", bytes)), ErrorCode.UNDECODABLE);
    }

    @Test
    void fewInvalidUtf8SequencesAreReplaced() throws Exception {
        byte[] good = (JA + JA2).repeat(20).getBytes(StandardCharsets.UTF_8);
        int at = JA.getBytes(StandardCharsets.UTF_8).length;
        byte[] bytes = Reads.concat(java.util.Arrays.copyOf(good, at), new byte[] {(byte) 0xFF},
                java.util.Arrays.copyOfRange(good, at, good.length), new byte[] {(byte) 0xC3});
        Document d = Reads.ok(Reads.one(ReadOptions.defaults(), Reads.write(dir, "few.txt", bytes)));
        assertEquals(JA + "\uFFFD" + JA2 + (JA + JA2).repeat(19) + "\uFFFD", d.text());
    }

    @Test
    void manyInvalidUtf8SequencesAreUndecodable() throws Exception {
        byte[] piece = JA.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[0];
        for (int i = 0; i < 40; i++) {
            bytes = Reads.concat(bytes, piece, new byte[] {(byte) 0xFF});
        }
        Failure f = Reads.error(Reads.one(ReadOptions.defaults(), Reads.write(dir, "many.txt", bytes)),
                ErrorCode.UNDECODABLE);
        assertTrue(f.message().contains("byte offset " + piece.length), f.message());
    }
}
