package dev.kiji.io;

import static dev.kiji.io.Reads.JA;
import static dev.kiji.io.Reads.JA2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiji.doc.Document;
import dev.kiji.doc.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {
    @TempDir
    Path dir;

    private Document read(String name, String text) throws Exception {
        return Reads.ok(Reads.one(ReadOptions.defaults(), Reads.write(dir, name, text, StandardCharsets.UTF_8)));
    }

    @Test
    void newsDumpHeaderGivesUrlDateAndTitleInsideText() throws Exception {
        String title = "港町で古地図展";
        String body = title + "\r\n" + JA + "\r\n" + JA2 + "\r\n";
        Document d = read("dump.txt", "https://news.example.jp/article/123/\r\n2022-01-21T10:00:00+0900\r\n" + body);
        assertEquals("https://news.example.jp/article/123/", d.url());
        assertEquals("2022-01-21", d.published());
        assertEquals(title, d.title());
        assertEquals(body, d.text());
        assertTrue(d.text().startsWith(d.title()), "title has offsets in text");
    }

    @Test
    void newsDumpWithoutBodyIsEmpty() throws Exception {
        Path p = Reads.write(dir, "head-only.txt", "http://a.example/x\n2022-01-21\n\n \n", StandardCharsets.UTF_8);
        Reads.error(Reads.one(ReadOptions.defaults(), p), ErrorCode.EMPTY);
    }

    @Test
    void urlWithoutDateIsNotAHeader() throws Exception {
        String text = "https://news.example.jp/a\n" + JA + "\n";
        Document d = read("plain.txt", text);
        assertEquals(text, d.text());
        assertEquals("https://news.example.jp/a", d.title());
        assertNull(d.url());
        assertNull(d.published());
    }

    @Test
    void titleIsFirstNonBlankLineOnlyWithTwoLines() throws Exception {
        Document two = read("two.txt", "\n  " + Reads.EN + "  \n\n" + JA);
        assertEquals(Reads.EN, two.title());
        assertEquals("\n  " + Reads.EN + "  \n\n" + JA, two.text());
        Document one = read("one.txt", "\n" + JA + "\n\n");
        assertNull(one.title());
        assertEquals("\n" + JA + "\n\n", one.text());
    }

    @Test
    void unknownExtensionIsSniffedAsText() throws Exception {
        Document d = read("article.dat", JA + "\n" + JA2);
        assertEquals(JA + "\n" + JA2, d.text());
        assertEquals("article.dat", d.id());
    }

    @Test
    void longUnpunctuatedJapaneseReadsFine() throws Exception {
        String alphabet = "あいうえおかきくけこ港町図書館地図展示会家族山田写真";
        StringBuilder sb = new StringBuilder(200_000);
        for (int i = 0; i < 200_000; i++) {
            sb.append(alphabet.charAt((i * 7 + i / 13) % alphabet.length()));
        }
        Document d = read("long.txt", sb.toString());
        assertEquals(200_000, d.text().length());
        assertEquals(sb.toString(), d.text());
        assertNull(d.title());
    }

    @Test
    void fiveMegabyteArticleFitsDefaultButNotSmallLimit() throws Exception {
        String para = JA + JA2 + "\n";
        int bytesPer = para.getBytes(StandardCharsets.UTF_8).length;
        String text = para.repeat(5 * 1024 * 1024 / bytesPer + 1);
        Path p = Reads.write(dir, "big.txt", text, StandardCharsets.UTF_8);
        assertTrue(java.nio.file.Files.size(p) > 5 * 1024 * 1024);
        assertEquals(text.length(), Reads.ok(Reads.one(ReadOptions.defaults(), p)).text().length());
        String why = Reads.error(Reads.one(Reads.withMaxChars(100_000), p), ErrorCode.TOO_LARGE).message();
        assertTrue(why.contains("bytes"), why);
    }

    @Test
    void decodedTextLongerThanMaxCharsIsTooLarge() throws Exception {
        // 1,500 ASCII bytes pass the 4 x maxChars byte check but exceed maxChars after decoding.
        Path p = Reads.write(dir, "ascii.txt", "a".repeat(1500), StandardCharsets.UTF_8);
        String why = Reads.error(Reads.one(Reads.withMaxChars(1000), p), ErrorCode.TOO_LARGE).message();
        assertTrue(why.contains("1500 chars"), why);
        assertEquals(1000, Reads.ok(Reads.one(Reads.withMaxChars(1000),
                Reads.write(dir, "fits.txt", "a".repeat(1000), StandardCharsets.UTF_8))).text().length());
    }
}
