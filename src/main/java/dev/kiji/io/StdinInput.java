package dev.kiji.io;

import dev.kiji.doc.ErrorCode;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Standard input as one input: JSON Lines when its first non-space character is '{' (streamed
 * record by record), otherwise one text or HTML article.
 */
final class StdinInput {
    static final String ID = "stdin";
    static final String SOURCE = "-";
    private static final int PEEK = 64 * 1024;

    private StdinInput() {
    }

    static Iterator<ReadResult> read(InputStream stdin, ReadOptions options, ArticleParser parser) {
        if (stdin == null) {
            return InputReader.one(InputReader.failure(ID, SOURCE, ErrorCode.UNREADABLE, "no standard input"));
        }
        BufferedInputStream in = new BufferedInputStream(new FilterInputStream(stdin) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this reader
            }
        }, PEEK);
        boolean jsonLines;
        try {
            jsonLines = startsWithBrace(in);
        } catch (IOException e) {
            return InputReader.one(InputReader.failure(ID, SOURCE, ErrorCode.UNREADABLE, Problems.describe(e)));
        }
        if (jsonLines) {
            return new JsonLines(in, ID, SOURCE, options);
        }
        return InputReader.one(InputReader.whole(ID, SOURCE,
                () -> parser.parse(Bounded.readAll(in, options.maxBytes()), Format.SNIFF, ID, SOURCE)));
    }

    private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        int i = TextDecoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        return i < head.length && head[i] == '{';
    }
}
