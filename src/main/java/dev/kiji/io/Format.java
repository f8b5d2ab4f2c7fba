package dev.kiji.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Input formats, chosen by file extension; {@link #SNIFF} decides between HTML and text from content. */
enum Format {
    TEXT, HTML, JSONL, SNIFF;

    static Format ofName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return JSONL;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return TEXT;
        }
        return SNIFF;
    }

    /**
     * HTML when the content (after a BOM and whitespace) starts with {@code <!doctype html} or
     * {@code <html}, or starts with {@code <} and has an {@code <html} tag in its first KiB.
     */
    static boolean looksLikeHtml(byte[] bytes) {
        String head = head(bytes).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<") && head.contains("<html"));
    }

    private static String head(byte[] b) {
        int n = Math.min(b.length, 1024);
        if (TextDecoder.startsWith(b, 0xFF, 0xFE)) {
            return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
        }
        if (TextDecoder.startsWith(b, 0xFE, 0xFF)) {
            return new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
        }
        int from = TextDecoder.startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(b, from, Math.max(0, n - from), StandardCharsets.ISO_8859_1);
    }
}
