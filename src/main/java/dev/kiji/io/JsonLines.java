package dev.kiji.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Streams a JSON Lines input one record at a time; memory is bounded by the longest accepted
 * line ({@code 6 * maxChars + 64 KiB} bytes, enough for a maximal text written with \\u escapes).
 * Blank lines are skipped. Every other line yields exactly one result. The stream is closed at its
 * end or on a read error, which yields one UNREADABLE result and ends the input.
 */
final class JsonLines extends Lookahead<ReadResult> implements AutoCloseable {
    private final InputStream in;
    private final LineReader lines;
    private final String fileId;
    private final String source;
    private final Charset charset;
    private final Limits limits;
    private boolean done;

    JsonLines(InputStream in, String fileId, String source, ReadOptions options) {
        this.in = in;
        this.lines = new LineReader(in, (int) Math.min(Integer.MAX_VALUE - 64, 6L * options.maxChars() + 65536));
        this.fileId = fileId;
        this.source = source;
        this.charset = options.encoding() != null ? options.encoding() : StandardCharsets.UTF_8;
        this.limits = new Limits(options.maxChars());
    }

    @Override
    protected ReadResult advance() {
        while (!done) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException | UncheckedIOException e) {
                close();
                return new ReadResult.Error(new Failure(fileId, source, ErrorCode.UNREADABLE,
                        "read error after line " + lines.count() + ": " + e.getMessage()));
            }
            if (line == null) {
                close();
                return null;
            }
            ReadResult r = record(line);
            if (r != null) {
                return r;
            }
        }
        return null; // closed by the caller
    }

    /** The result of one line, or {@code null} for a blank line. */
    private ReadResult record(LineReader.Line line) {
        String id = fileId + ":" + line.number();
        String src = source + ":" + line.number();
        if (line.tooLong()) {
            return error(id, src, ErrorCode.TOO_LARGE, "line " + line.number() + " is " + line.length()
                    + " bytes, longer than any record of max-chars " + limits.maxChars() + " can be");
        }
        try {
            byte[] bytes = line.bytes();
            int from = line.number() == 1 && TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            CountingDecoder.Decoded d = CountingDecoder.decode(bytes, from, charset);
            if (d.errors() > TextDecoder.allowedErrors(bytes.length)) {
                return error(id, src, ErrorCode.UNDECODABLE, "line " + line.number() + ": invalid "
                        + charset.name() + " byte sequence at byte offset " + d.firstError() + " of the line");
            }
            if (Blank.is(d.text())) {
                return null;
            }
            JsonNode node = JsonRecord.parse(d.text(), line.number());
            String recordId = JsonRecord.idOf(node);
            if (recordId != null) {
                id = recordId;
            }
            return new ReadResult.Ok(JsonRecord.toDocument(node, line.number(), id, src, limits));
        } catch (DocumentException e) {
            return error(id, src, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            return error(id, src, ErrorCode.INTERNAL, "reader failed on line " + line.number() + ": " + e);
        }
    }

    private static ReadResult error(String id, String source, ErrorCode code, String message) {
        return new ReadResult.Error(new Failure(id, source, code, message));
    }

    @Override
    public void close() {
        done = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to read; a failing close loses no article
        }
    }
}
