package dev.kiji.io;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Reads the inputs of {@code kiji annotate INPUT...}: files, directories (walked recursively in
 * name order) and {@code "-"} for standard input, in argument order, lazily. Every input article
 * yields exactly one {@link ReadResult}; a problem with one input never stops the others.
 *
 * <p>Ids: a file argument's id is its file name; a file found under a directory argument has the
 * path relative to that argument ('/'-separated) as id and the argument joined with it as source.
 * A JSON Lines record's id is its {@code id} field, else {@code <file id>:<line>}, and its source
 * {@code <source>:<line>}. Standard input has id {@code stdin} and source {@code -}.
 *
 * <p>The iterator also implements {@link AutoCloseable}: closing it early releases an open JSON
 * Lines file. Reading to the end closes everything by itself.
 */
public final class InputReader {
    private final ReadOptions options;
    private final ArticleParser parser;

    public InputReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.parser = new ArticleParser(options);
    }

    /** Results for {@code inputs} in order; {@code stdin} is read only when an input is {@code "-"}. */
    public Iterator<ReadResult> read(List<String> inputs, InputStream stdin) {
        return Iterators.flatMap(List.copyOf(inputs).iterator(), arg -> argument(arg, stdin));
    }

    private Iterator<ReadResult> argument(String arg, InputStream stdin) {
        if (arg.equals("-")) {
            return StdinInput.read(stdin, options, parser);
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            return one(failure(arg, arg, ErrorCode.UNREADABLE, "invalid path: " + e.getMessage()));
        }
        String name = path.getFileName() == null ? arg : path.getFileName().toString();
        if (!Files.isDirectory(path)) {
            return file(path, name, arg);
        }
        String prefix = arg.endsWith("/") ? arg : arg + "/";
        return Iterators.flatMap(new DirectoryWalker(path, options.include()), found -> {
            String id = found.relative().isEmpty() ? name : found.relative();
            String source = found.relative().isEmpty() ? arg : prefix + found.relative();
            return found.problem() != null ? one(failure(id, source, ErrorCode.UNREADABLE, found.problem()))
                    : file(found.path(), id, source);
        });
    }

    private Iterator<ReadResult> file(Path path, String id, String source) {
        Format format = Format.ofName(path.getFileName() == null ? "" : path.getFileName().toString());
        if (format == Format.JSONL) {
            try {
                return new JsonLines(Files.newInputStream(path), id, source, options);
            } catch (IOException e) {
                return one(failure(id, source, ErrorCode.UNREADABLE, Problems.describe(e)));
            }
        }
        return one(whole(id, source, () -> {
            if (Files.isRegularFile(path) && Files.size(path) > options.maxBytes()) {
                throw new DocumentException(ErrorCode.TOO_LARGE, "file is " + Files.size(path)
                        + " bytes, more than 4 x max-chars (" + options.maxBytes() + ")");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return parser.parse(Bounded.readAll(in, options.maxBytes()), format, id, source);
            }
        }));
    }

    /** Reads one whole-input article, turning every problem into an error result. */
    static ReadResult whole(String id, String source, DocumentSupplier read) {
        try {
            return new ReadResult.Ok(read.get());
        } catch (DocumentException e) {
            return failure(id, source, e.code(), e.getMessage());
        } catch (IOException e) {
            return failure(id, source, ErrorCode.UNREADABLE, Problems.describe(e));
        } catch (RuntimeException e) {
            return failure(id, source, ErrorCode.INTERNAL, "reader failed: " + e);
        }
    }

    static ReadResult failure(String id, String source, ErrorCode code, String message) {
        return new ReadResult.Error(new Failure(id, source, code, message));
    }

    static Iterator<ReadResult> one(ReadResult r) {
        return List.of(r).iterator();
    }

    /** Produces one document, possibly failing with I/O or per-document errors. */
    @FunctionalInterface
    interface DocumentSupplier {
        Document get() throws IOException;
    }
}
