package dev.kiji.io;

import dev.kiji.doc.Document;
import dev.kiji.doc.Failure;
import java.util.Objects;

/** One input article: read into a {@link Document}, or the reason it could not be. */
public sealed interface ReadResult {
    record Ok(Document document) implements ReadResult {
        public Ok {
            Objects.requireNonNull(document, "document");
        }
    }

    record Error(Failure failure) implements ReadResult {
        public Error {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
