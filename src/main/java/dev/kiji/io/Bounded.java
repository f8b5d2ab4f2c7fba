package dev.kiji.io;

import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import java.io.IOException;
import java.io.InputStream;

/** Reads a whole stream, but never more than a limit: longer inputs are rejected, not buffered. */
final class Bounded {
    private Bounded() {
    }

    /** @throws DocumentException TOO_LARGE when the stream holds more than {@code maxBytes} bytes */
    static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length == cap && in.read() >= 0) {
            throw new DocumentException(ErrorCode.TOO_LARGE,
                    "input is more than " + maxBytes + " bytes (4 x max-chars)");
        }
        return bytes;
    }
}
