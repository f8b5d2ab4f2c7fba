package dev.kiji.pipeline;

import dev.kiji.doc.Document;
import dev.kiji.doc.Failure;

/** What became of one input document: an annotated document or a failure, never both. */
public sealed interface Outcome {
    record Annotated(Document document, long nanos) implements Outcome {
    }

    record Failed(Failure failure) implements Outcome {
    }
}
