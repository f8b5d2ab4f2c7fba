package dev.kiji.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads '\n'-terminated lines of bytes (a trailing '\r' is dropped) with bounded memory: a line
 * longer than {@code maxBytes} is skipped to its end and reported as too long, never buffered.
 */
final class LineReader {
    /** One line: 1-based number, its bytes ({@code null} when too long) and its length in bytes. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private long number;
    private boolean eof;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** Number of lines read so far. */
    long count() {
        return number;
    }

    /** The next line, or {@code null} at end of input. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean any = false;
        byte last = 0;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int nl = indexOfNewline();
            int stop = nl < 0 ? end : nl;
            int n = stop - pos;
            if (line != null && length + n <= maxBytes) {
                line.write(buf, pos, n);
            } else {
                line = null;
            }
            length += n;
            last = n > 0 ? buf[stop - 1] : last;
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        number++;
        if (last == '\r') {
            length--;
        }
        byte[] bytes = line == null ? null : line.toByteArray();
        if (bytes != null && last == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes, length);
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
