package org.carecoord.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carecoord.security.Groups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CaseRepository {

    private final JdbcTemplate jdbc;

    CaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a planned episode; a second open episode of the same patient fails on uk_care_case_open_patient. */
    long insertPlanned(NewCase newCase, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into care_case (patient_id, open_patient_id, status, program, referral_source,
                                           reason_for_referral, urgency, opened_by, opened_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, newCase.patientId());
                    ps.setLong(2, newCase.patientId());
                    ps.setString(3, CaseStatus.PLANNED.code());
                    ps.setString(4, newCase.program());
                    ps.setString(5, newCase.referralSource());
                    ps.setString(6, newCase.reasonForReferral());
                    ps.setString(7, newCase.urgency());
                    ps.setString(8, newCase.openedBy());
                    ps.setTimestamp(9, Timestamp.from(now));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    void setCaseNumber(long caseId, String caseNumber) {
        jdbc.update("update care_case set case_number = ? where id = ?", caseNumber, caseId);
    }

    void setProcessInstance(long caseId, String processInstanceId) {
        jdbc.update("update care_case set process_instance_id = ? where id = ?", processInstanceId, caseId);
    }

    Optional<CareCase> findById(long caseId) {
        return jdbc.query("select * from care_case where id = ?", CaseRepository::map, caseId).stream()
                .findFirst();
    }

    Optional<CareCase> findByCaseNumber(String caseNumber) {
        return jdbc.query("select * from care_case where case_number = ?", CaseRepository::map, caseNumber).stream()
                .findFirst();
    }

    /** When the case was given its coordinator (null: not yet). */
    Optional<Instant> coordinatorAssignedAt(long caseId) {
        return jdbc
                .query(
                        "select coordinator_assigned_at from care_case where id = ?",
                        (rs, row) -> instant(rs.getTimestamp(1)),
                        caseId)
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** A coordinator's open cases with the patient's name and the case's risk tier, oldest first. */
    List<Caseload.OpenCase> openCasesOf(String coordinatorId) {
        return jdbc.query(
                """
                select c.id, c.case_number, c.status, c.urgency, c.risk_tier, c.opened_at,
                       p.first_name, p.last_name
                from care_case c join patient p on p.id = c.patient_id
                where c.coordinator_id = ? and c.status in ('planned', 'active')
                order by c.opened_at, c.id""",
                (rs, row) -> new Caseload.OpenCase(
                        rs.getLong("id"),
                        rs.getString("case_number"),
                        rs.getString("status"),
                        rs.getString("urgency"),
                        rs.getString("risk_tier"),
                        instant(rs.getTimestamp("opened_at")),
                        rs.getString("first_name") + " " + rs.getString("last_name")),
                coordinatorId);
    }

    Optional<CareCase> findOpenByPatient(long patientId) {
        return jdbc.query("select * from care_case where open_patient_id = ?", CaseRepository::map, patientId).stream()
                .findFirst();
    }

    /** Locks the episode row so that concurrent steps on one case serialise. */
    Optional<CareCase> lock(long caseId) {
        return jdbc.query("select * from care_case where id = ? for update", CaseRepository::map, caseId).stream()
                .findFirst();
    }

    /**
     * Serialises coordinator assignments on every node: locks the coordinators group's row (the engine's
     * {@code act_id_group}, written only when an admin edits the group) until the caller's transaction ends, so the
     * next assignment reads the loads after this one committed. Without it, assignments running at the same moment
     * (job executor threads, nodes) all see the same least-loaded coordinator and give them every case.
     */
    void lockAssignments() {
        jdbc.query(
                "select id_ from act_id_group where id_ = ? for update",
                (rs, row) -> rs.getString(1),
                Groups.COORDINATORS);
    }

    void activate(long caseId, String coordinatorId, Instant now) {
        jdbc.update("""
                update care_case set status = ?, coordinator_id = ?, coordinator_assigned_at = ?
                where id = ?""", CaseStatus.ACTIVE.code(), coordinatorId, Timestamp.from(now), caseId);
    }

    void close(long caseId, CaseStatus status, String reason, String note, Instant now) {
        jdbc.update("""
                update care_case set status = ?, status_reason = ?, status_note = ?, closed_at = ?,
                                     open_patient_id = null
                where id = ?""", status.code(), reason, note, Timestamp.from(now), caseId);
    }

    /** Open episodes per coordinator and when each was last given a case, for the given coordinators. */
    List<CoordinatorLoad> loadOf(List<String> coordinatorIds) {
        if (coordinatorIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(coordinatorIds.size(), "?"));
        var loads = jdbc.query(
                """
                select coordinator_id,
                       sum(case when status in ('planned', 'active') then 1 else 0 end) as open_cases,
                       max(coordinator_assigned_at) as last_assigned_at
                from care_case where coordinator_id in (%s) group by coordinator_id""".formatted(in),
                (rs, row) -> new CoordinatorLoad(
                        rs.getString("coordinator_id"),
                        rs.getInt("open_cases"),
                        instant(rs.getTimestamp("last_assigned_at"))),
                coordinatorIds.toArray());
        var known = loads.stream().map(CoordinatorLoad::coordinatorId).toList();
        var all = new ArrayList<>(loads);
        coordinatorIds.stream()
                .filter(id -> !known.contains(id))
                .forEach(id -> all.add(new CoordinatorLoad(id, 0, null)));
        return all;
    }

    private static CareCase map(ResultSet rs, int row) throws SQLException {
        return new CareCase(
                rs.getLong("id"),
                rs.getString("case_number"),
                rs.getLong("patient_id"),
                CaseStatus.fromCode(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getString("status_note"),
                rs.getString("program"),
                rs.getString("referral_source"),
                rs.getString("reason_for_referral"),
                rs.getString("urgency"),
                rs.getString("coordinator_id"),
                rs.getString("process_instance_id"),
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("closed_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
