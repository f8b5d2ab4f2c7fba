package dev.kiji.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * What an earlier, interrupted run already wrote to an output file: the ids of its complete
 * records. A last line without its newline (a write cut short) is removed so the file stays
 * valid JSON Lines and the record is redone.
 */
public final class ResumeState {
    private static final JsonFactory JSON = new JsonFactory();
    private final Set<String> done;

    private ResumeState(Set<String> done) {
        this.done = done;
    }

    public static ResumeState none() {
        return new ResumeState(Set.of());
    }

    /** Reads {@code output} (if it exists), truncating an incomplete last line. */
    public static ResumeState load(Path output) throws IOException {
        if (!Files.exists(output)) {
            return none();
        }
        Set<String> ids = new HashSet<>();
        long complete = 0;
        try (RandomAccessFile f = new RandomAccessFile(output.toFile(), "rw")) {
            long length = f.length();
            complete = lastNewline(f, length);
            f.setLength(complete);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Channels.newInputStream(Files.newByteChannel(output)), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String id = idOf(line);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return new ResumeState(ids);
    }

    private static long lastNewline(RandomAccessFile f, long length) throws IOException {
        long pos = length;
        byte[] buf = new byte[8192];
        while (pos > 0) {
            int n = (int) Math.min(buf.length, pos);
            f.seek(pos - n);
            f.readFully(buf, 0, n);
            for (int i = n - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return pos - n + i + 1;
                }
            }
            pos -= n;
        }
        return 0;
    }

    /** The top-level {@code id} of a record line, or {@code null} if the line is not a record. */
    static String idOf(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("id") && p.currentToken() == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    public boolean isDone(String id) {
        return done.contains(id);
    }

    public int size() {
        return done.size();
    }
}
