package dev.kiji.batch;

import dev.kiji.io.ReadResult;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Drops read results whose id an earlier run already wrote (see {@link ResumeState}). */
public final class SkipDone implements Iterator<ReadResult> {
    private final Iterator<ReadResult> in;
    private final ResumeState done;
    private ReadResult next;

    public SkipDone(Iterator<ReadResult> in, ResumeState done) {
        this.in = in;
        this.done = done;
    }

    @Override
    public boolean hasNext() {
        while (next == null && in.hasNext()) {
            ReadResult r = in.next();
            String id = r instanceof ReadResult.Ok ok ? ok.document().id() : ((ReadResult.Error) r).failure().id();
            if (!done.isDone(id)) {
                next = r;
            }
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult r = next;
        next = null;
        return r;
    }
}
