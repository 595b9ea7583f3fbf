package org.carecoord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes {@code report.md}, {@code report.json} and the charts of one run. */
final class Report {

    static final List<String> SECTIONS = List.of(
            "## Machine",
            "## Parameters",
            "## Start-up",
            "## W1 vs W2: application vs bare engine",
            "## W1 calls",
            "## Transactions: W1 vs the JDBC ceiling",
            "## History rows per episode",
            "## Heap after the episodes",
            "## W3: the queues",
            TimersReport.SECTION,
            NodesReport.SECTION,
            ProfileReport.SECTION,
            "## Errors",
            "## Method",
            "## Tuning");
    static final double W1_W2_GOAL = 1.3;
    static final double QUEUE_GOAL = 2.0;

    private final BenchResult result;
    private final StringBuilder md = new StringBuilder();
    private final Map<String, Object> json = new LinkedHashMap<>();

    private Report(BenchResult result) {
        this.result = result;
    }

    static void write(BenchResult result, Path directory) throws IOException {
        Files.createDirectories(directory);
        var report = new Report(result);
        report.build(directory);
        Files.writeString(directory.resolve("report.md"), report.md);
        Files.writeString(
                directory.resolve("report.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json));
    }

    private void build(Path directory) throws IOException {
        md.append("# CareCoord benchmark\n\nEvery figure: median (min–max) over the rounds unless named ")
                .append("otherwise.\n\n");
        section(SECTIONS.get(0));
        result.machine.forEach((key, value) ->
                md.append("- ").append(key).append(": ").append(value).append('\n'));
        json.put("machine", result.machine);
        section(SECTIONS.get(1));
        result.parameters.forEach((key, value) ->
                md.append("- ").append(key).append(": ").append(value).append('\n'));
        json.put("parameters", result.parameters);
        startup();
        episodes(directory);
        calls();
        transactions();
        history();
        heap();
        queues(directory);
        section(TimersReport.SECTION);
        TimersReport.write(result, md, json, directory);
        section(NodesReport.SECTION);
        NodesReport.write(result, md, json);
        section(ProfileReport.SECTION);
        ProfileReport.write(result, md, json);
        tuning();
        errors();
        section("## Method");
        method();
    }

    private void startup() {
        section(SECTIONS.get(2));
        if (result.startupMillis.isEmpty()) {
            md.append("Not measured in this run (the smoke run shares the ITs' Spring context).\n");
        }
        result.startupMillis.forEach((label, millis) -> md.append("- ")
                .append(label)
                .append(": ")
                .append(Stats.format(millis / 1000, 1))
                .append(" s\n"));
        json.put("startupMillis", result.startupMillis);
    }

    private void episodes(Path directory) throws IOException {
        section(SECTIONS.get(3));
        var rounds = result.rounds;
        Stats w1 = Stats.of(
                rounds.stream().map(BenchResult.Round::w1MillisPerEpisode).toList());
        Stats w2 = Stats.of(
                rounds.stream().map(BenchResult.Round::w2MillisPerEpisode).toList());
        Stats ratio = Stats.of(rounds.stream()
                .map(r -> r.w1MillisPerEpisode() / r.w2MillisPerEpisode())
                .toList());
        md.append("| round | W1 episodes/s | W1 ms/episode | W2 episodes/s | W2 ms/episode | W1 ÷ W2 |\n")
                .append("|---|---|---|---|---|---|\n");
        for (var round : rounds) {
            md.append("| %d | %s | %s | %s | %s | %s |\n"
                    .formatted(
                            round.number(),
                            Stats.format(round.w1EpisodesPerSecond(), 2),
                            Stats.format(round.w1MillisPerEpisode(), 0),
                            Stats.format(round.w2EpisodesPerSecond(), 2),
                            Stats.format(round.w2MillisPerEpisode(), 0),
                            Stats.format(round.w1MillisPerEpisode() / round.w2MillisPerEpisode(), 2)));
        }
        md.append("\nW1: ")
                .append(w1.text(0))
                .append(" ms per episode (wall time ÷ episodes at ")
                .append(result.parameters.get("threads"))
                .append(" threads); W2: ")
                .append(w2.text(0))
                .append(" ms.\n\n**W1 cost ÷ W2 cost: ")
                .append(ratio.text(2))
                .append("** (per-round ratios; goal ≤ ")
                .append(W1_W2_GOAL)
                .append(": ")
                .append(verdict(ratio.median() <= W1_W2_GOAL, rounds.isEmpty()))
                .append(").\n\n![W1 and W2 per round](w1-w2.svg)\n");
        Files.writeString(
                directory.resolve("w1-w2.svg"),
                SvgChart.bars(
                        "ms per episode, per round",
                        "ms",
                        rounds.stream().map(r -> "round " + r.number()).toList(),
                        Map.of(
                                "W1 application",
                                        rounds.stream()
                                                .map(BenchResult.Round::w1MillisPerEpisode)
                                                .toList(),
                                "W2 bare engine",
                                        rounds.stream()
                                                .map(BenchResult.Round::w2MillisPerEpisode)
                                                .toList())));
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("w1MillisPerEpisode", w1.json());
        w.put("w2MillisPerEpisode", w2.json());
        w.put(
                "w1EpisodesPerSecond",
                Stats.of(rounds.stream()
                                .map(BenchResult.Round::w1EpisodesPerSecond)
                                .toList())
                        .json());
        w.put(
                "w2EpisodesPerSecond",
                Stats.of(rounds.stream()
                                .map(BenchResult.Round::w2EpisodesPerSecond)
                                .toList())
                        .json());
        w.put("w1DividedByW2", ratio.json());
        w.put("goal", W1_W2_GOAL);
        w.put("rounds", rounds);
        json.put("episodes", w);
    }

    private void calls() {
        section(SECTIONS.get(4));
        md.append("All W1 calls of all rounds; the last column is the spread of each round's p95.\n\n")
                .append("| call | n | p50 ms | p95 ms | p95 per round ms |\n|---|---|---|---|---|\n");
        Map<String, Object> calls = new LinkedHashMap<>();
        result.w1Calls.forEach((type, millis) -> {
            Stats all = Stats.of(millis);
            Stats p95s = Stats.of(result.w1CallP95ByRound.get(type));
            md.append("| %s | %d | %s | %s | %s |\n"
                    .formatted(type, all.n(), Stats.format(all.median(), 1), Stats.format(all.p95(), 1), p95s.text(1)));
            calls.put(type, Map.of("all", all.json(), "p95ByRound", p95s.json()));
        });
        json.put("w1Calls", calls);
    }

    private void transactions() {
        section(SECTIONS.get(5));
        Stats w1 = Stats.of(result.rounds.stream()
                .map(BenchResult.Round::w1CommitsPerSecond)
                .toList());
        Stats ceiling = Stats.of(result.rounds.stream()
                .map(BenchResult.Round::ceilingCommitsPerSecond)
                .toList());
        Stats fraction = Stats.of(result.rounds.stream()
                .map(r -> r.w1CommitsPerSecond() / r.ceilingCommitsPerSecond())
                .toList());
        md.append("Commits counted by `pg_stat_database.xact_commit` of the database (engine, application, audit and ")
                .append("read-only transactions alike).\n\n")
                .append("- W1: ")
                .append(w1.text(0))
                .append(" commits/s\n")
                .append("- JDBC ceiling (insert one row and commit, same threads): ")
                .append(ceiling.text(0))
                .append(" commits/s\n")
                .append("- **W1 as a fraction of the ceiling: ")
                .append(fraction.text(2))
                .append("**\n");
        json.put(
                "transactions",
                Map.of(
                        "w1CommitsPerSecond",
                        w1.json(),
                        "ceilingCommitsPerSecond",
                        ceiling.json(),
                        "fraction",
                        fraction.json()));
    }

    private void history() {
        section(SECTIONS.get(6));
        Stats total = Stats.of(result.rounds.stream()
                .map(BenchResult.Round::historyRowsPerEpisode)
                .toList());
        md.append("`act_hi_*` rows written per W1 episode (history level full): ")
                .append(total.text(0))
                .append("\n\n| table | rows per episode (last round) |\n|---|---|\n");
        Map<String, Object> tables = new LinkedHashMap<>();
        if (!result.rounds.isEmpty()) {
            var last = result.rounds.get(result.rounds.size() - 1);
            last.historyRows().forEach((table, rows) -> {
                if (rows > 0) {
                    md.append("| %s | %s |\n".formatted(table, Stats.format((double) rows / last.w1Episodes(), 1)));
                    tables.put(table, (double) rows / last.w1Episodes());
                }
            });
        }
        json.put("historyRowsPerEpisode", Map.of("total", total.json(), "byTableLastRound", tables));
    }

    private void heap() {
        section(SECTIONS.get(7));
        md.append("Heap used after ")
                .append(result.episodesBeforeHeap)
                .append(" W1 episodes (and as many W2), after ")
                .append("two `System.gc()`: ")
                .append(result.heapUsedAfterEpisodes / (1024 * 1024))
                .append(" MiB\n");
        json.put(
                "heap",
                Map.of("usedBytesAfterGc", result.heapUsedAfterEpisodes, "w1Episodes", result.episodesBeforeHeap));
    }

    private void queues(Path directory) throws IOException {
        section(SECTIONS.get(8));
        var levels = result.queueLevels;
        if (levels.isEmpty()) {
            md.append("Not measured (see Errors).\n");
            json.put("queues", Map.of());
            return;
        }
        md.append("List (page of 15, `application/hal+json` with the filter's variables) + count, ms.\n\n| queue |");
        levels.forEach(level -> md.append(" p95 at ").append(level.openTasks()).append(" |"));
        md.append(" p95 ratio last ÷ first |\n|---|");
        levels.forEach(level -> md.append("---|"));
        md.append("---|\n");
        var first = levels.get(0);
        var last = levels.get(levels.size() - 1);
        Map<String, Object> ratios = new LinkedHashMap<>();
        int missed = 0;
        Map<String, List<Double>> chart = new LinkedHashMap<>();
        for (String queue : first.queues().keySet()) {
            md.append("| ").append(queue).append(" |");
            for (var level : levels) {
                Stats stats = level.queues().get(queue);
                md.append(' ')
                        .append(Stats.format(stats.p95(), 1))
                        .append(" (median ")
                        .append(Stats.format(stats.median(), 1))
                        .append(") |");
                chart.computeIfAbsent(queue, k -> new ArrayList<>()).add(stats.p95());
            }
            double ratio =
                    last.queues().get(queue).p95() / first.queues().get(queue).p95();
            missed += ratio <= QUEUE_GOAL ? 0 : 1;
            ratios.put(queue, ratio);
            md.append(' ').append(Stats.format(ratio, 2)).append(" |\n");
        }
        md.append("\nFilling: ");
        levels.forEach(level -> md.append(level.openTasks())
                .append(" open tasks after ")
                .append(Stats.format(level.fillMillis() / 1000, 1))
                .append(" s; "));
        md.append("\n\n**Goal p95(")
                .append(last.openTasks())
                .append(") ÷ p95(")
                .append(first.openTasks())
                .append(") ≤ ")
                .append(QUEUE_GOAL)
                .append(": ")
                .append(
                        levels.size() < 2
                                ? "not measured"
                                : missed == 0
                                        ? "met by every queue"
                                        : "missed by " + missed + " of " + ratios.size() + " queues")
                .append("**.\n\n![queues](queues.svg)\n");
        Files.writeString(
                directory.resolve("queues.svg"),
                SvgChart.bars(
                        "p95 of list + count by open tasks",
                        "ms",
                        levels.stream()
                                .map(level -> level.openTasks() + " open")
                                .toList(),
                        chart));
        if (!result.slowestQueuePlans.isEmpty()) {
            md.append("\nThe Team queue, and the slowest queue if it is another, at ")
                    .append(last.openTasks())
                    .append(" open tasks, as the engine sent them, `EXPLAIN (ANALYZE, BUFFERS)`:\n");
            for (var plan : result.slowestQueuePlans) {
                md.append("\n")
                        .append(plan.statement())
                        .append(":\n\n```\n")
                        .append(plan.text())
                        .append("```\n");
            }
        }
        List<Object> levelsJson = new ArrayList<>();
        for (var level : levels) {
            Map<String, Object> queues = new LinkedHashMap<>();
            level.queues().forEach((queue, stats) -> queues.put(queue, stats.json()));
            levelsJson.add(Map.of(
                    "openTasks", level.openTasks(), "fillMillis", level.fillMillis(), "listAndCountMillis", queues));
        }
        json.put(
                "queues",
                Map.of(
                        "levels",
                        levelsJson,
                        "p95RatioLastToFirst",
                        ratios,
                        "goal",
                        QUEUE_GOAL,
                        "slowestPlans",
                        result.slowestQueuePlans));
    }

    private void tuning() {
        section("## Tuning");
        md.append("Changes made for the figures above (issue #12 §3), each measured before and after on the same ")
                .append("machine; plans and details in `docs/bench/tuning-2026-12-01.md`.\n\n");
        List<Object> changes = new ArrayList<>();
        for (var change : Tuning.CHANGES) {
            boolean inEffect = result.tuningInEffect.getOrDefault(change.name(), false);
            md.append("- **")
                    .append(change.name())
                    .append("** (`")
                    .append(change.where())
                    .append("`; in this run's database: ")
                    .append(inEffect ? "yes" : "**no**")
                    .append("): ")
                    .append(change.description())
                    .append('\n');
            changes.add(Map.of(
                    "change",
                    change.name(),
                    "description",
                    change.description(),
                    "where",
                    change.where(),
                    "inEffect",
                    inEffect,
                    "figures",
                    change.figures()));
        }
        md.append("\n| change | measure | before | after |\n|---|---|---|---|\n");
        for (var change : Tuning.CHANGES) {
            for (var figure : change.figures()) {
                md.append("| %s | %s | %s | %s |\n"
                        .formatted(change.name(), figure.measure(), figure.before(), figure.after()));
            }
        }
        json.put("tuning", changes);
    }

    private void errors() {
        section("## Errors");
        md.append("| workload | completed | errors |\n|---|---|---|\n");
        result.completed.forEach((workload, done) -> md.append("| %s | %d | %d |\n"
                .formatted(
                        workload,
                        done,
                        result.errors.getOrDefault(workload, List.of()).size())));
        result.errors.forEach((workload, errors) -> errors.stream()
                .distinct()
                .limit(5)
                .forEach(error -> md.append("\n- ")
                        .append(workload)
                        .append(": `")
                        .append(error)
                        .append('`')));
        md.append('\n');
        json.put("completed", result.completed);
        json.put("errors", result.errors);
    }

    private void method() {
        md.append("""
                - **W1** drives each episode as its users do: `POST /api/intakes`; for every task the coordinator's \
                Tasklist calls on engine REST (`GET /engine-rest/task?processInstanceBusinessKey&taskDefinitionKey`, \
                `POST …/claim` when the task is in a queue, `GET …/form-variables`, `POST …/submit-form` with \
                the \
                form's fields); the provider's answers through the mailed link (`/referral-response/{token}`). \
                Authorization on (production profile `postgres`). Jobs are not run by the job executor: the harness \
                executes each episode's due jobs itself, as the ITs do, and makes the monitoring timer due \
                (`ManagementService.setJobDuedate`) where the IT waits for the interval.
                - **W2** runs the same path on a standalone engine with the engine's defaults (history level audit, \
                no authorization, no HTTP) in its own schema of the same database, with every CareCoord delegate, \
                listener and decision of the models replaced by a stand-in that only writes the variables the \
                application wrote at that element in a recorded W1 episode (%d variable writes recorded), so both take \
                the same path with the same variables; tasks are claimed and completed with `TaskService`, provider \
                answers correlated as the message the application sends.
                - **Ceiling**: each thread inserts one row into `bench.ceiling` and commits, on its own connection.
                - **W3**: `POST /engine-rest/filter/{id}/list` (`application/hal+json`, the filter's variables \
                embedded, as Tasklist asks) and `POST /engine-rest/filter/{id}/count` for the filters the application \
                creates, as coordinators (rotating over the bench coordinators) and as `manager`, HTTP Basic. Open \
                tasks: a parallel multi-instance user task of 500 per process instance (each instance carries \
                `caseNumber`, the variable the filters show), then shaped in SQL: one in 20 offered to managers \
                instead of coordinators, half of the rest assigned round-robin to the coordinators, a fifth overdue, \
                one in ten urgent. `ANALYZE` after each fill, as autovacuum would have done.
                - Rounds interleave W1, W2 (alternating which goes first) and the ceiling, so the machine's noise hits \
                all of them; ratios are per round.
                - **W4**: N monitoring instances started as the episode's call activity starts them (on case rows made \
                in SQL), N instances of a bare process (timer, no-op service task, end) on W2's engine; their timers \
                made due in one SQL update; a job executor built as the Spring Boot starter builds it, with the \
                application's `camunda.bpm.job-execution` settings, becomes the engine's job executor for the drain; \
                the time until no timer job is left. Other due jobs are suspended meanwhile.
                - **W5**: two CareCoord nodes, each a JVM of its own started from the bench's class path (production \
                profile, job executor and mail sender on, SMTP to an in-process GreenMail), on the bench's database; \
                W1's episodes wait for the job executors instead of running jobs; the same number of clients drive one \
                node, then both (episode i through node i mod 2). Afterwards `act_hi_job_log` (one success per job id) \
                and the SMTP sink's Message-IDs (one per outbox row sent) show whether anything ran twice.
                - **Statements**: with `pg_stat_statements` loaded (the bench's embedded PostgreSQL loads it), its \
                counters are reset before a few W1 episodes run one at a time and read after, then the same for W2, \
                and for each side of W4's first round (the bench's own polling left out).
                """.formatted(result.replayedWrites));
        result.notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }

    private void section(String heading) {
        md.append('\n').append(heading).append("\n\n");
    }

    private static String verdict(boolean met, boolean notMeasured) {
        return notMeasured ? "not measured" : met ? "met" : "missed";
    }
}
