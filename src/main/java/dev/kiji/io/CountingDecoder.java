package dev.kiji.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly, counting invalid byte sequences instead of failing on the first one.
 * Each invalid sequence becomes one U+FFFD in the text.
 */
final class CountingDecoder {
    /** Outcome of a decode: text ({@code null} when only counting), errors, offset of the first error. */
    record Decoded(String text, Charset charset, int errors, long firstError) {
        boolean clean() {
            return errors == 0;
        }
    }

    private CountingDecoder() {
    }

    /** Decodes all of {@code bytes[from..]} and returns the text with U+FFFD for invalid sequences. */
    static Decoded decode(byte[] bytes, int from, Charset cs) {
        return run(bytes, from, bytes.length, cs, true, Integer.MAX_VALUE, true);
    }

    /** Counts invalid sequences, stopping once {@code stopAfter} have been seen; builds no text. */
    static Decoded count(byte[] bytes, int from, Charset cs, int stopAfter) {
        return run(bytes, from, bytes.length, cs, false, stopAfter, true);
    }

    /** Decodes a prefix of at most {@code maxBytes}; an incomplete sequence at the cut is dropped. */
    static Decoded sample(byte[] bytes, int from, Charset cs, int maxBytes) {
        int to = (int) Math.min(bytes.length, (long) from + maxBytes);
        return run(bytes, from, to, cs, true, Integer.MAX_VALUE, to == bytes.length);
    }

    private static Decoded run(byte[] bytes, int from, int to, Charset cs, boolean keep, int stopAfter,
            boolean endOfInput) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        StringBuilder sb = keep ? new StringBuilder(Math.min(to - from, 1 << 24)) : null;
        int errors = 0;
        long first = -1;
        while (true) {
            CoderResult r = dec.decode(in, out, endOfInput);
            if (r.isOverflow()) {
                drain(out, sb);
            } else if (r.isError()) {
                if (errors++ == 0) {
                    first = in.position();
                }
                if (errors >= stopAfter) {
                    break;
                }
                in.position(in.position() + r.length());
                if (!out.hasRemaining()) {
                    drain(out, sb);
                }
                out.put('\uFFFD');
            } else {
                break;
            }
        }
        if (endOfInput) {
            while (dec.flush(out).isOverflow()) {
                drain(out, sb);
            }
        }
        drain(out, sb);
        return new Decoded(keep ? sb.toString() : null, cs, errors, first);
    }

    private static void drain(CharBuffer out, StringBuilder sb) {
        out.flip();
        if (sb != null) {
            sb.append(out);
        }
        out.clear();
    }
}
