package dev.kiji.cli;

import dev.kiji.doc.Document;
import dev.kiji.io.InputReader;
import dev.kiji.io.ReadOptions;
import dev.kiji.io.ReadResult;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** Annotates single article files for the evaluation commands. */
final class Articles {
    private Articles() {
    }

    /** A function from an article file to its annotated document; fails loudly on any error record. */
    static Function<Path, Document> annotator(Pipeline pipeline) {
        InputReader reader = new InputReader(ReadOptions.defaults());
        return file -> {
            Iterator<ReadResult> it = reader.read(List.of(file.toString()), InputStream.nullInputStream());
            ReadResult r = it.next();
            if (r instanceof ReadResult.Error e) {
                throw new IllegalStateException(file + ": " + e.failure().code() + " " + e.failure().message());
            }
            Outcome o = pipeline.run(((ReadResult.Ok) r).document());
            if (o instanceof Outcome.Failed f) {
                throw new IllegalStateException(file + ": " + f.failure().code() + " " + f.failure().message());
            }
            return ((Outcome.Annotated) o).document();
        };
    }
}
