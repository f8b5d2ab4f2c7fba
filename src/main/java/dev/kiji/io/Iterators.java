package dev.kiji.io;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Lazy iterator plumbing. */
final class Iterators {
    private Iterators() {
    }

    /** Concatenates the iterators {@code f} makes of each element, calling {@code f} only when needed. */
    static <T, R> Iterator<R> flatMap(Iterator<T> source, Function<T, Iterator<R>> f) {
        return new FlatMap<>(source, f);
    }

    private static final class FlatMap<T, R> implements Iterator<R>, AutoCloseable {
        private final Iterator<T> source;
        private final Function<T, Iterator<R>> f;
        private Iterator<R> current = Collections.emptyIterator();

        FlatMap(Iterator<T> source, Function<T, Iterator<R>> f) {
            this.source = source;
            this.f = f;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!source.hasNext()) {
                    return false;
                }
                current = f.apply(source.next());
            }
            return true;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        /** Closes the open inner iterator (an open JSON Lines file), if any. */
        @Override
        public void close() throws java.io.IOException {
            try {
                if (current instanceof AutoCloseable c) {
                    c.close();
                }
                if (source instanceof AutoCloseable c) {
                    c.close();
                }
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException(e);
            } finally {
                current = Collections.emptyIterator();
            }
        }
    }
}
