package org.carecoord.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Report's W4 section: the drain of N monitoring timers against N bare-engine timers, per round. */
final class TimersReport {

    static final String SECTION = "## W4: monitoring timers due at once";
    static final double GOAL = 1.3;

    private TimersReport() {}

    static void write(BenchResult result, StringBuilder md, Map<String, Object> json, Path directory)
            throws IOException {
        List<TimersBench.Round> rounds = result.timerRounds;
        Map<String, Object> w4 = new LinkedHashMap<>();
        w4.put("settings", result.timerSettings);
        json.put("timers", w4);
        if (rounds.isEmpty()) {
            md.append("Not measured (see Errors).\n");
            return;
        }
        md.append("N timers made due in one SQL update, then a job executor started on the engine; time until the ")
                .append("last timer job is gone. Executor on both engines: ")
                .append(result.timerSettings)
                .append(".\n\n")
                .append("| round | timers | application s | jobs/s | bare engine s | jobs/s | application ÷ bare | ")
                .append("failures app/bare | incidents app/bare | acquisition cycles app/bare | rejected app/bare |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (var round : rounds) {
            var app = round.app();
            var bare = round.bare();
            md.append("| %d | %d | %s | %s | %s | %s | %s | %d/%d | %d/%d | %d/%d | %d/%d |\n"
                    .formatted(
                            round.number(),
                            app.jobs(),
                            Stats.format(app.millis() / 1000, 1),
                            Stats.format(app.jobsPerSecond(), 0),
                            Stats.format(bare.millis() / 1000, 1),
                            Stats.format(bare.jobsPerSecond(), 0),
                            Stats.format(round.ratio(), 2),
                            app.failures(),
                            bare.failures(),
                            app.incidents(),
                            bare.incidents(),
                            app.acquisitionCycles(),
                            bare.acquisitionCycles(),
                            app.rejected(),
                            bare.rejected()));
        }
        Stats appMillis = stats(rounds, r -> r.app().millis());
        Stats bareMillis = stats(rounds, r -> r.bare().millis());
        Stats appRate = stats(rounds, r -> r.app().jobsPerSecond());
        Stats bareRate = stats(rounds, r -> r.bare().jobsPerSecond());
        Stats ratio = stats(rounds, TimersBench.Round::ratio);
        long failures = rounds.stream()
                .mapToLong(
                        r -> r.app().failures() + r.app().incidents() + r.app().left())
                .sum();
        boolean drained =
                rounds.stream().allMatch(r -> r.app().left() == 0 && r.bare().left() == 0);
        md.append("\nApplication: ")
                .append(appRate.text(0))
                .append(" jobs/s; bare engine: ")
                .append(bareRate.text(0))
                .append(" jobs/s.\n\n**W4 ÷ baseline (time to drain): ")
                .append(ratio.text(2))
                .append("** (per-round ratios; goal ≤ ")
                .append(GOAL)
                .append(": ")
                .append(!drained ? "not measured: timers were left undone" : ratio.median() <= GOAL ? "met" : "missed")
                .append("); monitoring timers failed, left or in incidents: ")
                .append(failures)
                .append(".\n\n![W4 drain per round](timers.svg)\n");
        if (result.timerProfiles.size() == 2) {
            var monitoring = result.timerProfiles.stream()
                    .filter(p -> p.workload().contains("monitoring"))
                    .findFirst()
                    .orElse(result.timerProfiles.get(0));
            var bare = result.timerProfiles.stream()
                    .filter(p -> p != monitoring)
                    .findFirst()
                    .orElseThrow();
            md.append("\nWhat one timer costs the database (round 1, `pg_stat_statements` over each drain, the ")
                    .append("bench's own polling left out):\n\n");
            ProfileReport.kinds(md, monitoring, bare, "timer");
            md.append("\nThe monitoring timers' costliest statements:\n\n");
            ProfileReport.costliest(md, monitoring, 20, "timer");
            Map<String, Object> profiles = new LinkedHashMap<>();
            for (var profile : result.timerProfiles) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("statementsPerTimer", profile.calls() / (double) profile.units());
                one.put("dbMillisPerTimer", profile.millis() / profile.units());
                one.put("byKind", profile.byKind());
                one.put("statements", profile.statements().stream().limit(50).toList());
                profiles.put(profile.workload(), one);
            }
            w4.put("statementProfile", profiles);
        }
        Files.writeString(
                directory.resolve("timers.svg"),
                SvgChart.bars(
                        "seconds until every timer is done, per round",
                        "s",
                        rounds.stream().map(r -> "round " + r.number()).toList(),
                        Map.of(
                                "W4 monitoring",
                                rounds.stream()
                                        .map(r -> r.app().millis() / 1000)
                                        .toList(),
                                "bare-engine timers",
                                rounds.stream()
                                        .map(r -> r.bare().millis() / 1000)
                                        .toList())));
        w4.put("applicationMillis", appMillis.json());
        w4.put("bareMillis", bareMillis.json());
        w4.put("applicationJobsPerSecond", appRate.json());
        w4.put("bareJobsPerSecond", bareRate.json());
        w4.put("applicationDividedByBare", ratio.json());
        w4.put("goal", GOAL);
        w4.put("rounds", rounds);
    }

    private static Stats stats(List<TimersBench.Round> rounds, ToDoubleFunction<TimersBench.Round> value) {
        return Stats.of(rounds.stream().map(r -> value.applyAsDouble(r)).toList());
    }
}
