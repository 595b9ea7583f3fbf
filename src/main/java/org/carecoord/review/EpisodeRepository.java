package org.carecoord.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Care episodes as reviewers list them: the case table's columns that carry no patient details. */
@Repository
class EpisodeRepository {

    /** One episode row before the engine's stage is added. */
    record Row(
            long caseId,
            String caseNumber,
            String program,
            String coordinator,
            String caseStatus,
            String statusReason,
            String processInstanceId,
            Instant openedAt,
            Instant closedAt) {}

    private final JdbcTemplate jdbc;

    EpisodeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(EpisodeFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.queryForObject("select count(*) from care_case" + where, Long.class, args.toArray());
    }

    /** One page, newest first. */
    List<Row> page(EpisodeFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(filter.size());
        args.add(filter.offset());
        return jdbc.query(
                """
                select id, case_number, program, coordinator_id, status, status_reason, process_instance_id,
                       opened_at, closed_at
                from care_case""" + where + " order by opened_at desc, id desc limit ? offset ?",
                EpisodeRepository::map,
                args.toArray());
    }

    private static String where(EpisodeFilter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("opened_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.toExclusive() != null) {
            conditions.add("opened_at < ?");
            args.add(Timestamp.from(filter.toExclusive()));
        }
        if (!filter.caseStatuses().isEmpty()) {
            conditions.add("status in ("
                    + String.join(
                            ", ", filter.caseStatuses().stream().map(s -> "?").toList()) + ")");
            args.addAll(filter.caseStatuses());
        }
        if (filter.program() != null) {
            conditions.add("program = ?");
            args.add(filter.program());
        }
        if (filter.coordinator() != null) {
            conditions.add("coordinator_id = ?");
            args.add(filter.coordinator());
        }
        if (filter.reason() != null) {
            conditions.add("status_reason = ?");
            args.add(filter.reason());
        }
        if (filter.caseNumber() != null) {
            conditions.add("case_number like ?");
            args.add(filter.caseNumber() + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Row map(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getString("case_number"),
                rs.getString("program"),
                rs.getString("coordinator_id"),
                rs.getString("status"),
                rs.getString("status_reason"),
                rs.getString("process_instance_id"),
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("closed_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
