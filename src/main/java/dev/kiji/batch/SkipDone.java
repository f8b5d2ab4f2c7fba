package dev.kiji.batch;

import dev.kiji.io.Lookahead;
import dev.kiji.io.ReadResult;
import java.util.Iterator;

/** Drops read results whose id an earlier run already wrote (see {@link ResumeState}). */
public final class SkipDone extends Lookahead<ReadResult> {
    private final Iterator<ReadResult> in;
    private final ResumeState done;

    public SkipDone(Iterator<ReadResult> in, ResumeState done) {
        this.in = in;
        this.done = done;
    }

    @Override
    protected ReadResult advance() {
        while (in.hasNext()) {
            ReadResult r = in.next();
            String id = r instanceof ReadResult.Ok ok ? ok.document().id() : ((ReadResult.Error) r).failure().id();
            if (!done.isDone(id)) {
                return r;
            }
        }
        return null;
    }
}
