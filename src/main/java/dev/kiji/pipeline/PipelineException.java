package dev.kiji.pipeline;

/** The pipeline was assembled wrongly (a stage's requirement is not met by earlier stages). */
public final class PipelineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }
}
