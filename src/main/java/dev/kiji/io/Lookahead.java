package dev.kiji.io;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that computes its next element on demand: subclasses say how to find the next one
 * ({@link #advance}) and this class keeps it until it is taken. Not thread-safe.
 *
 * @param <T> element type (never {@code null})
 */
public abstract class Lookahead<T> implements Iterator<T> {
    private T next;
    private boolean ended;

    /** The next element, or {@code null} when there is none; not called again after a {@code null}. */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T r = next;
        next = null;
        return r;
    }
}
