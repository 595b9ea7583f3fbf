package org.carecoord.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, in the order the report shows it. */
final class BenchResult {

    /** One round of W1, W2 and the ceiling, measured back to back. */
    record Round(
            int number,
            double w1WallMillis,
            int w1Episodes,
            long w1Commits,
            double w2WallMillis,
            int w2Episodes,
            double ceilingCommitsPerSecond,
            Map<String, Long> historyRows) {

        double w1MillisPerEpisode() {
            return w1WallMillis / w1Episodes;
        }

        double w2MillisPerEpisode() {
            return w2WallMillis / w2Episodes;
        }

        double w1EpisodesPerSecond() {
            return w1Episodes / (w1WallMillis / 1000);
        }

        double w2EpisodesPerSecond() {
            return w2Episodes / (w2WallMillis / 1000);
        }

        double w1CommitsPerSecond() {
            return w1Commits / (w1WallMillis / 1000);
        }

        long historyRowsPerEpisode() {
            return historyRows.values().stream().mapToLong(Long::longValue).sum() / w1Episodes;
        }
    }

    final Map<String, Object> machine = new LinkedHashMap<>();
    final Map<String, Object> parameters = new LinkedHashMap<>();
    final Map<String, Double> startupMillis = new LinkedHashMap<>();
    final List<Round> rounds = new ArrayList<>();
    /** W1 call latencies over all rounds, and each round's p95 per call type (for the spread) */
    final Map<String, List<Double>> w1Calls = new LinkedHashMap<>();

    final Map<String, List<Double>> w1CallP95ByRound = new LinkedHashMap<>();
    final List<QueueBench.Level> queueLevels = new ArrayList<>();
    final List<QueryPlans.Plan> slowestQueuePlans = new ArrayList<>();
    /** workload → completed units and the errors met */
    final Map<String, Integer> completed = new LinkedHashMap<>();

    final Map<String, List<String>> errors = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    /** each {@link Tuning} change → whether the measured database has it */
    final Map<String, Boolean> tuningInEffect = new LinkedHashMap<>();

    /** W4: its rounds, and the job executor's settings and W4's parameters */
    final List<TimersBench.Round> timerRounds = new ArrayList<>();

    final Map<String, Object> timerSettings = new LinkedHashMap<>();
    /** W4's first round: the statements of each side's drain (pg_stat_statements, when loaded) */
    final List<StatementProfile.Profile> timerProfiles = new ArrayList<>();
    /** W5: its rounds, and what it found about the nodes */
    final List<NodesBench.Round> nodeRounds = new ArrayList<>();

    final NodesBench.Findings nodes = new NodesBench.Findings();
    /** W1 then W2, when pg_stat_statements is loaded; else why not */
    final List<StatementProfile.Profile> profiles = new ArrayList<>();

    String profileNote;
    long heapUsedAfterEpisodes;
    int episodesBeforeHeap;
    int replayedWrites;

    void count(String workload, Concurrently.Outcome outcome) {
        completed.merge(workload, outcome.completed(), Integer::sum);
        errors.computeIfAbsent(workload, k -> new ArrayList<>()).addAll(outcome.errors());
    }

    void error(String workload, RuntimeException e) {
        completed.putIfAbsent(workload, 0);
        errors.computeIfAbsent(workload, k -> new ArrayList<>())
                .add(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
