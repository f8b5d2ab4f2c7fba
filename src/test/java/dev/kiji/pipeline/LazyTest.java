package dev.kiji.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
    @Test
    void computesOnceOnFirstRequestEvenUnderConcurrentRequests() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        Lazy<Object> lazy = new Lazy<>(() -> {
            calls.incrementAndGet();
            return new Object();
        });
        assertFalse(lazy.isComputed());
        assertEquals(0, calls.get());
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) threads.add(new Thread(() -> seen.add(lazy.get())));
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        assertEquals(1, calls.get());
        assertTrue(lazy.isComputed());
        seen.forEach(o -> assertSame(seen.get(0), o));
    }

    @Test
    void aFailedComputationIsRetriedAndANullValueRejected() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = new Lazy<>(() -> calls.incrementAndGet() == 1 ? null : "ok");
        assertThrows(NullPointerException.class, lazy::get);
        assertFalse(lazy.isComputed());
        assertEquals("ok", lazy.get());
    }
}
