package dev.kiji.batch;

import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import dev.kiji.io.ReadResult;
import dev.kiji.io.RecordWriter;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import dev.kiji.doc.Document;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Runs read results through a pipeline on N threads and writes exactly one record per input
 * document, in input order. Each worker takes a chunk of consecutive documents and runs it stage by
 * stage ({@link Pipeline#runAll}: the same records, less time); at most {@code 2 × threads} chunks are
 * in flight, so memory stays bounded however large the input. A failing document becomes an error
 * record; nothing stops the batch but an I/O error on the output itself.
 */
public final class Batch {
    private final Pipeline pipeline;
    private final RecordWriter writer;
    private final int threads;
    private final int chunk;

    /** Documents a worker runs stage by stage at a time, unless told otherwise. */
    public static final int DEFAULT_CHUNK = 16;

    public Batch(Pipeline pipeline, RecordWriter writer, int threads) {
        this(pipeline, writer, threads, DEFAULT_CHUNK);
    }

    /**
     * @param chunk documents a worker takes at a time (1 = one by one: a record is written as soon as its
     *              document is done, for interactive input)
     */
    public Batch(Pipeline pipeline, RecordWriter writer, int threads, int chunk) {
        if (threads < 1 || chunk < 1) {
            throw new IllegalArgumentException("threads and chunk must be >= 1");
        }
        this.pipeline = pipeline;
        this.writer = writer;
        this.threads = threads;
        this.chunk = chunk;
    }

    /** Runs the batch; {@code progress} gets the number of documents written so far. */
    public Summary run(Iterator<ReadResult> inputs, OutputStream out, LongConsumer progress) throws IOException {
        long t0 = System.nanoTime();
        Tally tally = new Tally();
        if (threads == 1) {
            while (inputs.hasNext()) {
                for (Result r : process(nextChunk(inputs))) {
                    emit(r, out, tally, progress);
                }
            }
        } else {
            runParallel(inputs, out, tally, progress);
        }
        out.flush();
        return new Summary(tally.annotated, tally.errors, (System.nanoTime() - t0) / 1e9);
    }

    private void runParallel(Iterator<ReadResult> inputs, OutputStream out, Tally tally, LongConsumer progress)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kiji-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<List<Result>>> window = new ArrayDeque<>();
            int capacity = threads * 2;
            while (inputs.hasNext() || !window.isEmpty()) {
                while (inputs.hasNext() && window.size() < capacity) {
                    List<ReadResult> c = nextChunk(inputs);
                    window.add(pool.submit(() -> process(c)));
                }
                for (Result r : await(window.poll())) {
                    emit(r, out, tally, progress);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ReadResult> nextChunk(Iterator<ReadResult> inputs) {
        List<ReadResult> c = new ArrayList<>(chunk);
        while (c.size() < chunk && inputs.hasNext()) {
            c.add(inputs.next());
        }
        return c;
    }

    private static List<Result> await(Future<List<Result>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside the pipeline", e.getCause());
        }
    }

    /** The serialized record of one input and, for errors, its code. */
    private record Result(byte[] record, ErrorCode error) {
    }

    /** The records of a chunk of inputs, in order: its readable documents run together, stage by stage. */
    private List<Result> process(List<ReadResult> rs) {
        List<Document> docs = new ArrayList<>(rs.size());
        for (ReadResult r : rs) {
            if (r instanceof ReadResult.Ok ok) {
                docs.add(ok.document());
            }
        }
        Iterator<Outcome> outcomes = pipeline.runAll(docs).iterator();
        List<Result> out = new ArrayList<>(rs.size());
        for (ReadResult r : rs) {
            if (r instanceof ReadResult.Error e) {
                out.add(failure(e.failure()));
                continue;
            }
            Outcome o = outcomes.next();
            out.add(o instanceof Outcome.Annotated a
                    ? new Result(writer.document(a.document(), a.nanos() / 1_000_000), null)
                    : failure(((Outcome.Failed) o).failure()));
        }
        return out;
    }

    private Result failure(Failure f) {
        return new Result(writer.failure(f), f.code());
    }

    private static void emit(Result r, OutputStream out, Tally tally, LongConsumer progress) throws IOException {
        out.write(r.record());
        if (r.error() == null) {
            tally.annotated++;
        } else {
            tally.errors.merge(r.error(), 1L, Long::sum);
        }
        progress.accept(tally.annotated + tally.errors.values().stream().mapToLong(Long::longValue).sum());
    }

    private static final class Tally {
        long annotated;
        final Map<ErrorCode, Long> errors = new EnumMap<>(ErrorCode.class);
    }
}
