package dev.kiji.pipeline;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed once, on first request, by any thread (heavy resources shared by all documents); later requests get the same instance. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    public Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute);
    }

    /** Whether the value has been computed (nothing is computed by asking). */
    public boolean isComputed() {
        return value != null;
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
