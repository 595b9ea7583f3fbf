package org.carecoord.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Report's profile section: W1's statements per episode against W2's, by kind of table, and W1's costliest. */
final class ProfileReport {

    static final String SECTION = "## W1 vs W2: statements per episode (pg_stat_statements)";
    private static final int TOP = 25;

    private ProfileReport() {}

    /** Statements and database time per unit, by kind of table, of two profiles side by side. */
    static void kinds(StringBuilder md, StatementProfile.Profile a, StatementProfile.Profile b, String unit) {
        md.append("| kind | %s statements/%s | %s statements/%s | %s db ms/%s | %s db ms/%s |\n"
                        .formatted(a.workload(), unit, b.workload(), unit, a.workload(), unit, b.workload(), unit))
                .append("|---|---|---|---|---|\n");
        var ka = a.byKind();
        var kb = b.byKind();
        for (String kind : ka.keySet()) {
            double[] x = ka.get(kind);
            double[] y = kb.getOrDefault(kind, new double[2]);
            md.append("| %s | %s | %s | %s | %s |\n"
                    .formatted(
                            kind,
                            Stats.format(x[0], 1),
                            Stats.format(y[0], 1),
                            Stats.format(x[1], 2),
                            Stats.format(y[1], 2)));
        }
        md.append("| **all** | **%s** | **%s** | **%s** | **%s** |\n"
                .formatted(
                        Stats.format(a.calls() / (double) a.units(), 1),
                        Stats.format(b.calls() / (double) b.units(), 1),
                        Stats.format(a.millis() / a.units(), 2),
                        Stats.format(b.millis() / b.units(), 2)));
    }

    /** The profile's {@code top} costliest statements per unit. */
    static void costliest(StringBuilder md, StatementProfile.Profile profile, int top, String unit) {
        md.append("| calls/%s | db ms/%s | rows/call | kind | statement |\n|---|---|---|---|---|\n"
                .formatted(unit, unit));
        for (var statement : profile.statements().stream().limit(top).toList()) {
            md.append("| %s | %s | %s | %s | `%s` |\n"
                    .formatted(
                            Stats.format(statement.calls() / (double) profile.units(), 2),
                            Stats.format(statement.totalMillis() / profile.units(), 3),
                            Stats.format(statement.rows() / (double) Math.max(1, statement.calls()), 1),
                            statement.kind(),
                            statement.query().replace("|", "\\|").replace("`", "'")));
        }
    }

    static void write(BenchResult result, StringBuilder md, Map<String, Object> json) {
        Map<String, Object> profile = new LinkedHashMap<>();
        json.put("statementProfile", profile);
        if (result.profiles.size() < 2) {
            md.append("Not measured: ")
                    .append(result.profileNote != null ? result.profileNote : "W1 did not run")
                    .append(".\n");
            profile.put("note", result.profileNote);
            return;
        }
        var w1 = result.profiles.get(0);
        var w2 = result.profiles.get(1);
        md.append("`pg_stat_statements` reset, then ")
                .append(w1.units())
                .append(" episodes run one at a time (W1, then W2); every statement the database executed meanwhile ")
                .append(
                        "(application, engine, harness and the Tasklist calls' sign-in), grouped by the first table it ")
                .append("names. Database time is the server's execution time only (no network, no JVM).\n\n");
        kinds(md, w1, w2, "episode");
        md.append("\nW1's ")
                .append(TOP)
                .append(" costliest statements (database time over the profiled episodes):\n\n");
        costliest(md, w1, TOP, "episode");
        md.append("\nW1's most frequent statements:\n\n")
                .append("| calls/episode | db ms/episode | kind | statement |\n|---|---|---|---|\n");
        for (var statement : w1.statements().stream()
                .sorted((a, b) -> Long.compare(b.calls(), a.calls()))
                .limit(TOP)
                .toList()) {
            md.append("| %s | %s | %s | `%s` |\n"
                    .formatted(
                            Stats.format(statement.calls() / (double) w1.units(), 1),
                            Stats.format(statement.totalMillis() / w1.units(), 2),
                            statement.kind(),
                            statement.query().replace("|", "\\|").replace("`", "'")));
        }
        for (var one : List.of(w1, w2)) {
            Map<String, Object> workload = new LinkedHashMap<>();
            workload.put("episodes", one.units());
            workload.put("statementsPerEpisode", one.calls() / (double) one.units());
            workload.put("dbMillisPerEpisode", one.millis() / one.units());
            workload.put("byKind", one.byKind());
            workload.put("statements", one.statements().stream().limit(100).toList());
            profile.put(one.workload(), workload);
        }
    }
}
