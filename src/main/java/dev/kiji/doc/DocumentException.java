package dev.kiji.doc;

/** Thrown by a stage or reader when one document cannot be annotated; becomes an error record. */
public final class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public DocumentException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public DocumentException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
