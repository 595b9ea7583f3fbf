package org.carecoord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** Milliseconds per call type, collected from every thread of a round. */
final class Latencies {

    private final Map<String, ConcurrentLinkedQueue<Double>> calls = new ConcurrentHashMap<>();

    <T> T time(String callType, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            record(callType, (System.nanoTime() - start) / 1e6);
        }
    }

    void time(String callType, Runnable call) {
        time(callType, () -> {
            call.run();
            return null;
        });
    }

    void record(String callType, double millis) {
        calls.computeIfAbsent(callType, type -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    Map<String, List<Double>> byType() {
        Map<String, List<Double>> copy = new TreeMap<>();
        calls.forEach((type, values) -> copy.put(type, new ArrayList<>(values)));
        return copy;
    }
}
