package org.carecoord.benefits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CoverageRepository {

    private final JdbcTemplate jdbc;

    CoverageRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long patientId, CoverageRequest request, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                    insert into coverage (patient_id, payor, plan_name, subscriber_id, group_number, period_start,
                                          period_end, coverage_order, status, created_by, created_at, updated_by,
                                          updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setLong(1, patientId);
                    statement.setString(2, request.payor().strip());
                    statement.setString(3, CoverageRequest.blankToNull(request.plan()));
                    statement.setString(4, request.subscriberId().strip());
                    statement.setString(5, CoverageRequest.blankToNull(request.group()));
                    statement.setObject(6, request.periodStart());
                    statement.setObject(7, request.periodEnd());
                    statement.setInt(8, request.order());
                    statement.setString(9, request.statusOrActive());
                    statement.setString(10, actor);
                    statement.setTimestamp(11, Timestamp.from(now));
                    statement.setString(12, actor);
                    statement.setTimestamp(13, Timestamp.from(now));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    void update(long id, CoverageRequest request, String actor, Instant now) {
        jdbc.update(
                """
                update coverage set payor = ?, plan_name = ?, subscriber_id = ?, group_number = ?, period_start = ?,
                                    period_end = ?, coverage_order = ?, status = ?, updated_by = ?, updated_at = ?
                where id = ?""",
                request.payor().strip(),
                CoverageRequest.blankToNull(request.plan()),
                request.subscriberId().strip(),
                CoverageRequest.blankToNull(request.group()),
                request.periodStart(),
                request.periodEnd(),
                request.order(),
                request.statusOrActive(),
                actor,
                Timestamp.from(now),
                id);
    }

    Optional<Coverage> find(long patientId, long id) {
        return jdbc
                .query("select * from coverage where id = ? and patient_id = ?", CoverageRepository::map, id, patientId)
                .stream()
                .findFirst();
    }

    Optional<Coverage> find(long id) {
        return jdbc.query("select * from coverage where id = ?", CoverageRepository::map, id).stream()
                .findFirst();
    }

    /** Active first, primary before secondary, newest period first. */
    List<Coverage> ofPatient(long patientId) {
        return jdbc.query("""
                select * from coverage where patient_id = ?
                order by case when status = 'active' then 0 else 1 end, coverage_order, period_start desc, id desc""", CoverageRepository::map, patientId);
    }

    /** Another active coverage of the patient in the same order (a second primary), if any. */
    boolean activeInOrder(long patientId, int order, Long exceptId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from coverage where patient_id = ? and coverage_order = ? and status = 'active'"
                        + " and id <> ?",
                Integer.class,
                patientId,
                order,
                exceptId == null ? -1L : exceptId);
        return count != null && count > 0;
    }

    /** The end date a renewal watch runs for, and its process instance. */
    record RenewalWatch(LocalDate end, String processInstanceId) {}

    Optional<RenewalWatch> renewalWatch(long id) {
        return jdbc
                .query(
                        "select renewal_watch_end, renewal_process_id from coverage where id = ?",
                        (rs, row) -> rs.getString("renewal_process_id") == null
                                ? null
                                : new RenewalWatch(
                                        rs.getObject("renewal_watch_end", LocalDate.class),
                                        rs.getString("renewal_process_id")),
                        id)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    void watchRenewal(long id, LocalDate end, String processInstanceId) {
        jdbc.update(
                "update coverage set renewal_watch_end = ?, renewal_process_id = ? where id = ?",
                end,
                processInstanceId,
                id);
    }

    void renewalOutcome(long id, String outcome, String actor, Instant now) {
        jdbc.update(
                "update coverage set renewal_outcome = ?, updated_by = ?, updated_at = ? where id = ?",
                outcome,
                actor,
                Timestamp.from(now),
                id);
    }

    private static Coverage map(ResultSet rs, int row) throws SQLException {
        return new Coverage(
                rs.getLong("id"),
                rs.getString("payor"),
                rs.getString("plan_name"),
                rs.getString("subscriber_id"),
                rs.getString("group_number"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class),
                rs.getInt("coverage_order"),
                rs.getString("status"),
                rs.getString("renewal_outcome"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
