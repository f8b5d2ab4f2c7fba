package dev.kiji.ner;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed once, on first request, by any thread; later requests get the same instance. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get());
                    value = v;
                }
            }
        }
        return v;
    }
}
