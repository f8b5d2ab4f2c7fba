package dev.kiji.pipeline;

import dev.kiji.doc.Document;
import dev.kiji.doc.Layer;
import java.util.Set;

/**
 * One step of the pipeline: document in, document out.
 *
 * <p>A stage declares the layers it reads ({@link #requires()}) and the layers it adds
 * ({@link #produces()}); {@link Pipeline} checks these when it is assembled. Implementations are
 * thread-safe and hold their heavy resources (dictionaries, models) shared, loaded once. A stage
 * signals a per-document problem with {@link dev.kiji.doc.DocumentException}.
 */
public interface Stage {

    /** Short name used in timings and error messages, e.g. {@code tokenize-ja}. */
    String name();

    Set<Layer> requires();

    Set<Layer> produces();

    Document process(Document doc);

    /**
     * Loads the stage's heavy resources now instead of on the first document, e.g. on a background
     * thread while other resources load. Idempotent and thread-safe; the default does nothing.
     */
    default void preload() {
    }
}
