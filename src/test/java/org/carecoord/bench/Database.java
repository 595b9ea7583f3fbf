package org.carecoord.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the bench asks PostgreSQL itself: its version, commit counters, history row counts, the JDBC ceiling. */
final class Database {

    private final JdbcTemplate jdbc;
    private final String url;
    private final String user;
    private final String password;

    Database(JdbcTemplate jdbc, String url, String user, String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    String version() {
        return jdbc.queryForObject("select version()", String.class);
    }

    /** Committed transactions of this database so far ({@code pg_stat_database}; the counter lags a little). */
    long commits() {
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject(
                "select xact_commit from pg_stat_database where datname = current_database()", Long.class);
    }

    /** Rows of every engine history table ({@code act_hi_*}) of the application's schema. */
    Map<String, Long> historyRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_name like 'act\\_hi\\_%' order by table_name""", String.class);
        for (String table : tables) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return rows;
    }

    /**
     * The ceiling: each thread inserts one small row and commits, {@code commitsPerThread} times, on its own
     * connection; answers commits per second by the counter.
     */
    double insertAndCommitCeiling(int threads, int commitsPerThread) {
        jdbc.execute("create schema if not exists bench");
        jdbc.execute("create table if not exists bench.ceiling (id bigserial primary key, payload text not null)");
        long before = commits();
        var outcome = Concurrently.run(threads, threads, thread -> {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    var insert = connection.prepareStatement("insert into bench.ceiling (payload) values (?)")) {
                connection.setAutoCommit(false);
                for (int i = 0; i < commitsPerThread; i++) {
                    insert.setString(1, "row " + i);
                    insert.executeUpdate();
                    connection.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("ceiling insert failed: " + e.getSQLState(), e);
            }
        });
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException("ceiling: " + outcome.errors().get(0));
        }
        long committed = Math.max(commits() - before, (long) threads * commitsPerThread);
        return committed / (outcome.wallMillis() / 1000.0);
    }

    void dropCeilingTable() {
        jdbc.execute("drop table if exists bench.ceiling");
    }
}
