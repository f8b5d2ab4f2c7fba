package dev.kiji.pipeline;

import dev.kiji.doc.Document;
import dev.kiji.doc.DocumentException;
import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import dev.kiji.doc.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages, checked when built: every stage's requirements must be produced by
 * the stages before it. Running a document never throws for per-document problems; it returns an
 * {@link Outcome}.
 */
public final class Pipeline {
    private final List<Stage> stages;
    private final Set<Layer> produces;
    private final StageTimings timings = new StageTimings();

    private Pipeline(List<Stage> stages, Set<Layer> produces) {
        this.stages = stages;
        this.produces = produces;
    }

    /** Builds a pipeline whose input documents carry {@link Layer#TEXT} only. */
    public static Pipeline of(List<Stage> stages) {
        EnumSet<Layer> available = EnumSet.of(Layer.TEXT);
        for (Stage s : stages) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            for (Layer l : s.requires()) {
                if (!available.contains(l)) {
                    missing.add(l);
                }
            }
            if (!missing.isEmpty()) {
                throw new PipelineException("stage '" + s.name() + "' requires " + missing
                        + " but the stages before it only produce " + available);
            }
            available.addAll(s.produces());
        }
        return new Pipeline(List.copyOf(stages), Set.copyOf(available));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Layers every document that passes through carries. */
    public Set<Layer> produces() {
        return produces;
    }

    public StageTimings timings() {
        return timings;
    }

    public Outcome run(Document doc) {
        long t0 = System.nanoTime();
        try {
            Document d = runAll(stages, doc);
            return new Outcome.Annotated(d, System.nanoTime() - t0);
        } catch (DocumentException e) {
            return new Outcome.Failed(new Failure(doc.id(), doc.source(), e.code(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new Outcome.Failed(new Failure(doc.id(), doc.source(), ErrorCode.INTERNAL,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private Document runAll(List<Stage> list, Document doc) {
        Document d = doc;
        for (Stage s : list) {
            if (s instanceof ByLanguage by) {
                d = runAll(by.branch(d), d);
                continue;
            }
            long t = System.nanoTime();
            try {
                d = s.process(d);
            } catch (DocumentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new DocumentException(ErrorCode.INTERNAL, "stage " + s.name() + " failed: " + e, e);
            } finally {
                timings.add(s.name(), System.nanoTime() - t);
            }
        }
        return d;
    }
}
