package org.carecoord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs {@code count} units of work on {@code threads} threads; returns the wall time and the failures. */
final class Concurrently {

    record Outcome(double wallMillis, int completed, List<String> errors) {}

    private Concurrently() {}

    static Outcome run(int count, int threads, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        try {
                            work.accept(i);
                            completed.incrementAndGet();
                        } catch (RuntimeException e) {
                            // the exception's class and message only: never a stack trace or a response body
                            errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("a bench thread failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Outcome((System.nanoTime() - start) / 1e6, completed.get(), errors);
    }
}
