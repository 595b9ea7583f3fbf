package org.carecoord.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one run measures, from system properties ({@code -Dbench.episodes=…}); the defaults are the full run, sized to
 * finish in well under an hour on a 2-core machine.
 */
record BenchParameters(
        int episodes,
        int threads,
        int rounds,
        int ceilingCommits,
        List<Integer> openTasks,
        int coordinators,
        int queueSamples,
        int maxFillSeconds,
        Set<String> workloads,
        Path output) {

    /** {@code bench.workloads}: {@code w1} runs W1, W2 and the ceiling; {@code w3} the queues; {@code w4} the timers; {@code w5} two nodes. */
    boolean runs(String workload) {
        return workloads.contains(workload);
    }

    static BenchParameters fromSystemProperties() {
        return new BenchParameters(
                Integer.getInteger("bench.episodes", 40),
                Integer.getInteger("bench.threads", 4),
                Integer.getInteger("bench.rounds", 5),
                Integer.getInteger("bench.ceilingCommits", 2000),
                Arrays.stream(System.getProperty("bench.openTasks", "1000,10000,100000")
                                .split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList(),
                Integer.getInteger("bench.coordinators", 1000),
                Integer.getInteger("bench.queueSamples", 20),
                Integer.getInteger("bench.maxFillSeconds", 1200),
                Arrays.stream(System.getProperty("bench.workloads", "w1,w4,w5,w3")
                                .split(","))
                        .map(String::trim)
                        .map(String::toLowerCase)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                Path.of(System.getProperty("bench.output", "target/bench")));
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("episodesPerRound", episodes);
        json.put("threads", threads);
        json.put("rounds", rounds);
        json.put("ceilingCommitsPerThread", ceilingCommits);
        json.put("openTasks", openTasks);
        json.put("coordinators", coordinators);
        json.put("queueSamplesPerQueueAndLevel", queueSamples);
        json.put("maxFillSeconds", maxFillSeconds);
        json.put("workloads", List.copyOf(workloads));
        return json;
    }
}
