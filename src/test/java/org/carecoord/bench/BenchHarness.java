package org.carecoord.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.referral.ReferralProcess;

/**
 * The benchmark, the same for the full run ({@code *Benchmark}) and the smoke run ({@code BenchSmokeIT}): W1 and W2
 * rounds interleaved with the JDBC ceiling, then heap and history figures, then W3. Every failure is recorded per
 * workload rather than thrown, so a report is always written.
 */
final class BenchHarness {

    private final BenchApp app;
    private final BenchParameters parameters;
    private final Database database;
    private final BenchResult result = new BenchResult();
    private final long statsSettleMillis;
    private TimersBench.Parameters timers = TimersBench.Parameters.fromSystemProperties();
    private NodesBench.Parameters nodes;

    BenchHarness(BenchApp app, BenchParameters parameters, long statsSettleMillis) {
        this.app = app;
        this.parameters = parameters;
        this.statsSettleMillis = statsSettleMillis;
        var pool = app.pool();
        this.database = new Database(app.jdbc(), pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    /** W4's parameters, instead of the system properties' (the smoke run's). */
    BenchHarness withTimers(TimersBench.Parameters parameters) {
        this.timers = parameters;
        return this;
    }

    BenchHarness withNodes(NodesBench.Parameters parameters) {
        this.nodes = parameters;
        return this;
    }

    BenchResult result() {
        return result;
    }

    BenchResult run(Map<String, Double> startupMillis, boolean cleanUp) {
        result.startupMillis.putAll(startupMillis);
        result.machine.putAll(Machine.describe(database.version()));
        result.parameters.putAll(parameters.json());
        result.parameters.put("jobs", "run by the harness per episode, as the ITs run them (job executor off)");
        result.tuningInEffect.putAll(Tuning.inEffect(app.jdbc()));
        if (parameters.runs("w1")) {
            episodesAndCeiling();
        }
        if (parameters.runs("w4")) {
            new TimersBench(app, parameters.threads(), timers).run(result);
        }
        if (parameters.runs("w5")) {
            new NodesBench(
                            app,
                            nodes != null ? nodes : NodesBench.Parameters.fromSystemProperties(parameters),
                            parameters.output())
                    .run(result);
        }
        if (parameters.runs("w3")) {
            queues(cleanUp);
        }
        if (cleanUp) {
            database.dropCeilingTable();
        }
        return result;
    }

    private void episodesAndCeiling() {
        VariableReplay replay;
        String coordinator;
        String providerId;
        try {
            var recorded = new AppEpisode(app, new Latencies());
            EpisodePath.run(recorded);
            replay = VariableReplay.record(app.history(), recorded.caseNumber(), CareEpisodeProcess.KEY);
            coordinator = variable(recorded.caseNumber(), CareEpisodeProcess.Vars.CASE_COORDINATOR.name());
            providerId = variable(recorded.caseNumber(), ReferralProcess.SelectProviderForm.PROVIDER_ID.name());
            result.replayedWrites = replay.recordedWrites();
        } catch (RuntimeException e) {
            result.error("W1", e);
            return;
        }
        var pool = app.pool();
        try (var bare = BareEngine.start(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), replay)) {
            // warm-up, and proof that the bare engine takes the path
            EpisodePath.run(new BareEpisode(bare.engine(), replay, coordinator, providerId));
            for (int round = 1; round <= parameters.rounds(); round++) {
                round(round, bare, replay, coordinator, providerId);
            }
            profile(bare, replay, coordinator, providerId);
        } catch (RuntimeException e) {
            result.error("W2", e);
        }
        System.gc();
        System.gc();
        result.heapUsedAfterEpisodes =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        result.episodesBeforeHeap = result.completed.getOrDefault("W1", 0) + 1;
    }

    private void round(int number, BareEngine bare, VariableReplay replay, String coordinator, String providerId) {
        Latencies latencies = new Latencies();
        Concurrently.Outcome w1 = null;
        Concurrently.Outcome w2 = null;
        Map<String, Long> historyBefore = null;
        Map<String, Long> historyAfter = null;
        long commits = 0;
        // alternate which goes first, so that drift over the run hits both alike
        for (boolean appFirst : List.of(number % 2 == 1, number % 2 == 0)) {
            if (appFirst) {
                historyBefore = database.historyRows();
                long before = database.commits();
                w1 = Concurrently.run(
                        parameters.episodes(),
                        parameters.threads(),
                        i -> EpisodePath.run(new AppEpisode(app, latencies)));
                settle();
                commits = database.commits() - before;
                historyAfter = database.historyRows();
            } else {
                w2 = Concurrently.run(
                        parameters.episodes(),
                        parameters.threads(),
                        i -> EpisodePath.run(new BareEpisode(bare.engine(), replay, coordinator, providerId)));
            }
        }
        result.count("W1", w1);
        result.count("W2", w2);
        double ceiling;
        try {
            ceiling = database.insertAndCommitCeiling(parameters.threads(), parameters.ceilingCommits());
            result.completed.merge("JDBC ceiling", 1, Integer::sum);
        } catch (RuntimeException e) {
            result.error("JDBC ceiling", e);
            ceiling = Double.NaN;
        }
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (var table : historyAfter.entrySet()) {
            rows.put(table.getKey(), table.getValue() - historyBefore.getOrDefault(table.getKey(), 0L));
        }
        result.rounds.add(new BenchResult.Round(
                number,
                w1.wallMillis(),
                Math.max(1, w1.completed()),
                commits,
                w2.wallMillis(),
                Math.max(1, w2.completed()),
                ceiling,
                rows));
        latencies.byType().forEach((type, millis) -> {
            result.w1Calls.computeIfAbsent(type, k -> new ArrayList<>()).addAll(millis);
            result.w1CallP95ByRound
                    .computeIfAbsent(type, k -> new ArrayList<>())
                    .add(Stats.of(millis).p95());
        });
    }

    /** W1's and W2's statements, one episode at a time ({@link StatementProfile}), after the rounds. */
    private void profile(BareEngine bare, VariableReplay replay, String coordinator, String providerId) {
        var statements = new StatementProfile(app.jdbc());
        if (!statements.available()) {
            result.profileNote = "the database has not loaded pg_stat_statements (shared_preload_libraries)";
            return;
        }
        int episodes = Integer.getInteger("bench.profileEpisodes", Math.min(5, parameters.episodes()));
        try {
            result.profiles.add(
                    statements.measure("W1", episodes, () -> EpisodePath.run(new AppEpisode(app, new Latencies()))));
            result.profiles.add(statements.measure(
                    "W2",
                    episodes,
                    () -> EpisodePath.run(new BareEpisode(bare.engine(), replay, coordinator, providerId))));
        } catch (RuntimeException e) {
            result.profiles.clear();
            result.profileNote = "profiling failed: " + e.getClass().getSimpleName();
        }
    }

    private void queues(boolean cleanUp) {
        var queues = new QueueBench(app, parameters);
        try {
            queues.setUp();
            var plans = QueryPlans.register(app.context().getBean(ProcessEngineConfiguration.class), app.pool());
            result.queueLevels.addAll(queues.run(plans, result.slowestQueuePlans, result.notes));
            result.completed.put("W3", result.queueLevels.size());
        } catch (RuntimeException e) {
            result.error("W3", e);
        } finally {
            if (cleanUp) {
                queues.tearDown();
            }
        }
        result.errors.putIfAbsent("W3", new ArrayList<>());
    }

    /** PostgreSQL publishes an idle backend's commit counts within its stats idle interval (10 s). */
    private void settle() {
        try {
            Thread.sleep(statsSettleMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String variable(String businessKey, String name) {
        HistoryService history = app.history();
        String[] instances =
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                        .map(HistoricProcessInstance::getId)
                        .toArray(String[]::new);
        return String.valueOf(history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances)
                .variableName(name)
                .list()
                .get(0)
                .getValue());
    }
}
