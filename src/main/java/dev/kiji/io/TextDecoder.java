package dev.kiji.io;

import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.io.CountingDecoder.Decoded;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of one input into text, detecting the charset deterministically.
 *
 * <p>Order: byte-order mark (UTF-8, UTF-16LE/BE); binary check (NUL bytes); ISO-2022-JP escape
 * sequences in pure 7-bit content; for HTML a {@code <meta charset>} that decodes cleanly; strict
 * UTF-8; else the cleanest of windows-31j (a superset of Shift_JIS) and EUC-JP, ties broken by
 * {@link Plausibility}. Invalid sequences are tolerated (replaced by U+FFFD) when there are at most
 * {@link #MAX_REPLACED} of them and at most one per 1,000 bytes (always at least one); otherwise
 * the input is {@code UNDECODABLE}.
 */
final class TextDecoder {
    static final int MAX_REPLACED = 16;
    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
    private static final int SAMPLE_BYTES = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; {@code override} forces a charset, {@code html} enables the meta-charset
     * rule. The result never starts with a byte-order mark.
     *
     * @throws DocumentException UNDECODABLE for binary content or too many invalid sequences
     */
    static String decode(byte[] bytes, Charset override, boolean html) {
        Decoded d = choose(bytes, override, html);
        if (d.errors() > allowedErrors(bytes.length)) {
            throw new DocumentException(ErrorCode.UNDECODABLE, String.format(
                    "invalid %s byte sequence at byte offset %d (%s%d invalid sequences in %d bytes)",
                    d.charset().name(), d.firstError(), d.text() == null ? "at least " : "", d.errors(),
                    bytes.length));
        }
        String text = d.text() != null ? d.text() : CountingDecoder.decode(bytes, 0, d.charset()).text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        checkNotBinary(text);
        return text;
    }

    static int allowedErrors(int length) {
        return Math.min(MAX_REPLACED, Math.max(1, length / 1000));
    }

    private static Decoded choose(byte[] b, Charset override, boolean html) {
        if (override != null) {
            return CountingDecoder.decode(b, bomLength(b, override), override);
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return CountingDecoder.decode(b, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return CountingDecoder.decode(b, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return CountingDecoder.decode(b, 2, StandardCharsets.UTF_16BE);
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                throw new DocumentException(ErrorCode.UNDECODABLE, "binary content: NUL byte at byte offset " + i);
            }
        }
        if (isIso2022Jp(b)) {
            return CountingDecoder.decode(b, 0, ISO_2022_JP);
        }
        if (html) {
            Charset declared = MetaCharset.find(b);
            if (declared != null) {
                Decoded d = CountingDecoder.decode(b, 0, declared);
                if (d.clean()) {
                    return d;
                }
            }
        }
        int stop = allowedErrors(b.length) + 1;
        Decoded utf8 = CountingDecoder.count(b, 0, StandardCharsets.UTF_8, stop);
        if (utf8.clean()) {
            return utf8;
        }
        List<Decoded> candidates = List.of(utf8, CountingDecoder.count(b, 0, WINDOWS_31J, stop),
                CountingDecoder.count(b, 0, EUC_JP, stop));
        return best(b, candidates);
    }

    /** Fewest errors wins; equal counts go to the more plausible text, then to the earlier candidate. */
    private static Decoded best(byte[] b, List<Decoded> candidates) {
        int fewest = Integer.MAX_VALUE;
        for (Decoded d : candidates) {
            fewest = Math.min(fewest, d.errors());
        }
        List<Decoded> tied = new ArrayList<>();
        for (Decoded d : candidates) {
            if (d.errors() == fewest) {
                tied.add(d);
            }
        }
        if (tied.size() == 1 || fewest >= allowedErrors(b.length) + 1) {
            return tied.get(0);
        }
        Decoded best = null;
        double bestScore = -1;
        for (Decoded d : tied) {
            double score = Plausibility.score(CountingDecoder.sample(b, 0, d.charset(), SAMPLE_BYTES).text());
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return 0;
    }

    /** ISO-2022-JP: only 7-bit bytes and at least one of its designation escapes. */
    static boolean isIso2022Jp(byte[] b) {
        boolean escape = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0) {
                return false;
            }
            if (b[i] == 0x1B && i + 2 < b.length) {
                int x = b[i + 1];
                int y = b[i + 2];
                escape |= (x == '$' && (y == 'B' || y == '@')) || (x == '(' && (y == 'J' || y == 'B'));
            }
        }
        return escape;
    }

    /** Rejects text that is mostly control characters (binary data that happened to decode). */
    private static void checkNotBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new DocumentException(ErrorCode.UNDECODABLE, "binary content: NUL character at char offset " + i);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) || c == 0x7F) {
                controls++;
            }
        }
        if (controls > Math.max(8, text.length() / 100)) {
            throw new DocumentException(ErrorCode.UNDECODABLE,
                    "binary content: " + controls + " control characters in " + text.length() + " chars");
        }
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
