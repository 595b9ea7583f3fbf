package org.carecoord.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where W1's database work goes, statement by statement: {@code pg_stat_statements} (when the server loads it; the
 * bench's embedded PostgreSQL does) reset, a few episodes run one at a time, the statements read back. The same for
 * W2 right after, so the two can be compared per episode and per kind of table.
 */
final class StatementProfile {

    /** One normalized statement: what it is, what it touches, and its cost over the profiled episodes. */
    record Statement(String query, String kind, long calls, double totalMillis, long rows) {}

    /** One workload's profile: its units of work (episodes, timer jobs) and their statements, costliest first. */
    record Profile(String workload, int units, List<Statement> statements) {

        long calls() {
            return statements.stream().mapToLong(Statement::calls).sum();
        }

        double millis() {
            return statements.stream().mapToDouble(Statement::totalMillis).sum();
        }

        /** kind → {calls per episode, ms per episode} */
        Map<String, double[]> byKind() {
            Map<String, double[]> kinds = new LinkedHashMap<>();
            for (String kind : KINDS) {
                kinds.put(kind, new double[2]);
            }
            for (var statement : statements) {
                double[] sums = kinds.computeIfAbsent(statement.kind(), k -> new double[2]);
                sums[0] += statement.calls() / (double) units;
                sums[1] += statement.totalMillis() / units;
            }
            return kinds;
        }
    }

    static final List<String> KINDS = List.of(
            "engine runtime (act_ru_*)",
            "engine history (act_hi_*)",
            "engine byte arrays (act_ge_bytearray)",
            "engine identity and authorization (act_id_*, act_ru_authorization)",
            "engine repository and properties (act_re_*, act_ge_property)",
            "application tables",
            "transaction control (BEGIN, COMMIT, SET, …)",
            "other");

    private static final Pattern TABLE =
            Pattern.compile("(?i)\\b(?:from|into|update|join)\\s+(?:[a-z_]+\\.)?([a-z_][a-z0-9_]*)");

    /** A comment the bench's own polling statements start with, so that profiles leave them out. */
    static final String PROBE = "/* bench-probe */ ";

    private final JdbcTemplate jdbc;

    StatementProfile(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the server has loaded {@code pg_stat_statements} (and the extension can be created). */
    boolean available() {
        try {
            Boolean loaded = jdbc.queryForObject(
                    "select coalesce(current_setting('shared_preload_libraries', true), '') like '%pg_stat_statements%'",
                    Boolean.class);
            if (!Boolean.TRUE.equals(loaded)) {
                return false;
            }
            jdbc.execute("create extension if not exists pg_stat_statements");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Resets the statistics, runs the episodes one after the other, reads them back. */
    Profile measure(String workload, int episodes, Runnable episode) {
        reset();
        for (int i = 0; i < episodes; i++) {
            episode.run();
        }
        return read(workload, episodes);
    }

    void reset() {
        jdbc.execute("select pg_stat_statements_reset()");
    }

    /** The statements since {@link #reset()}, for {@code units} units of work (episodes, timer jobs). */
    Profile read(String workload, int units) {
        List<Statement> statements = new ArrayList<>(jdbc.query(
                """
                select query, calls, total_exec_time, rows from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                  and query not like '%pg_stat_statements%' and query not like '%bench-probe%'
                order by total_exec_time desc""",
                (rs, i) -> new Statement(
                        oneLine(rs.getString("query")),
                        kind(rs.getString("query")),
                        rs.getLong("calls"),
                        rs.getDouble("total_exec_time"),
                        rs.getLong("rows"))));
        return new Profile(workload, units, statements);
    }

    static String kind(String query) {
        String trimmed = query.trim().toLowerCase(Locale.ROOT);
        if (trimmed.startsWith("begin")
                || trimmed.startsWith("commit")
                || trimmed.startsWith("rollback")
                || trimmed.startsWith("set ")
                || trimmed.startsWith("show ")
                || trimmed.startsWith("savepoint")
                || trimmed.startsWith("release")) {
            return KINDS.get(6);
        }
        var table = TABLE.matcher(trimmed);
        if (!table.find()) {
            return KINDS.get(7);
        }
        String name = table.group(1);
        if (name.equals("act_ru_authorization") || name.startsWith("act_id_")) {
            return KINDS.get(3);
        }
        if (name.startsWith("act_ru_")) {
            return KINDS.get(0);
        }
        if (name.startsWith("act_hi_")) {
            return KINDS.get(1);
        }
        if (name.equals("act_ge_bytearray")) {
            return KINDS.get(2);
        }
        if (name.startsWith("act_re_") || name.equals("act_ge_property") || name.startsWith("act_ge_")) {
            return KINDS.get(4);
        }
        return KINDS.get(5);
    }

    private static String oneLine(String query) {
        String line = query.replaceAll("\\s+", " ").trim();
        return line.length() > 160 ? line.substring(0, 157) + "…" : line;
    }
}
