package dev.kiji.batch;

import dev.kiji.doc.ErrorCode;
import dev.kiji.doc.Failure;
import dev.kiji.io.ReadResult;
import dev.kiji.io.RecordWriter;
import dev.kiji.pipeline.Outcome;
import dev.kiji.pipeline.Pipeline;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Runs read results through a pipeline on N threads and writes exactly one record per input
 * document, in input order. At most {@code 4 × threads} documents are in flight, so memory stays
 * bounded however large the input. A failing document becomes an error record; nothing stops the
 * batch but an I/O error on the output itself.
 */
public final class Batch {
    private final Pipeline pipeline;
    private final RecordWriter writer;
    private final int threads;

    public Batch(Pipeline pipeline, RecordWriter writer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        this.pipeline = pipeline;
        this.writer = writer;
        this.threads = threads;
    }

    /** Runs the batch; {@code progress} gets the number of documents written so far. */
    public Summary run(Iterator<ReadResult> inputs, OutputStream out, LongConsumer progress) throws IOException {
        long t0 = System.nanoTime();
        Tally tally = new Tally();
        if (threads == 1) {
            while (inputs.hasNext()) {
                emit(process(inputs.next()), out, tally, progress);
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
            ArrayDeque<Future<Result>> window = new ArrayDeque<>();
            int capacity = threads * 4;
            while (inputs.hasNext() || !window.isEmpty()) {
                while (inputs.hasNext() && window.size() < capacity) {
                    ReadResult r = inputs.next();
                    window.add(pool.submit(() -> process(r)));
                }
                emit(await(window.poll()), out, tally, progress);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result await(Future<Result> f) throws IOException {
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

    private Result process(ReadResult r) {
        if (r instanceof ReadResult.Ok ok) {
            Outcome o = pipeline.run(ok.document());
            if (o instanceof Outcome.Annotated a) {
                return new Result(writer.document(a.document(), a.nanos() / 1_000_000), null);
            }
            return failure(((Outcome.Failed) o).failure());
        }
        return failure(((ReadResult.Error) r).failure());
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
