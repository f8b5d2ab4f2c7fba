package dev.kiji.doc;

import java.util.Objects;

/** Why one input document produced no annotation; written as an error record. */
public record Failure(String id, String source, ErrorCode code, String message) {
    public Failure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
