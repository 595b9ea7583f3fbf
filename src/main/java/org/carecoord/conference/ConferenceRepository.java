package org.carecoord.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecoord.careplan.CarePlanningProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConferenceRepository {

    private final JdbcTemplate jdbc;

    ConferenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, String reason, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                            insert into case_conference (case_id, reason, status, invitation_sequence, requested_by,
                                created_by, created_at, updated_by, updated_at)
                            values (?, ?, 'requested', 0, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setLong(1, caseId);
                    statement.setString(2, reason);
                    statement.setString(3, user);
                    statement.setString(4, user);
                    statement.setTimestamp(5, Timestamp.from(now));
                    statement.setString(6, user);
                    statement.setTimestamp(7, Timestamp.from(now));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.update("update case_conference set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    void markNotNeeded(long id, String user, Instant now) {
        jdbc.update(
                "update case_conference set status = 'not-needed', updated_by = ?, updated_at = ? where id = ?",
                user,
                Timestamp.from(now),
                id);
    }

    /** Back to requested, its time kept: the next {@link #schedule} raises the invitations' SEQUENCE. */
    void markNotHeld(long id, String user, Instant now) {
        jdbc.update(
                "update case_conference set status = 'requested', updated_by = ?, updated_at = ?"
                        + " where id = ? and status = 'scheduled'",
                user,
                Timestamp.from(now),
                id);
    }

    void schedule(long id, Instant startsAt, int minutes, String place, String user, Instant now) {
        jdbc.update("""
                update case_conference set status = 'scheduled', starts_at = ?, duration_minutes = ?, place = ?,
                    invitation_sequence = invitation_sequence + case when starts_at is null then 0 else 1 end,
                    updated_by = ?, updated_at = ?
                where id = ?""", Timestamp.from(startsAt), minutes, place, user, Timestamp.from(now), id);
    }

    void record(long id, String summary, List<String> decisions, boolean planChange, String user, Instant now) {
        jdbc.update(
                """
                update case_conference set status = 'held', summary = ?, decisions = ?, plan_change = ?,
                    recorded_by = ?, recorded_at = ?, updated_by = ?, updated_at = ?
                where id = ?""",
                summary,
                String.join(",", decisions),
                planChange,
                user,
                Timestamp.from(now),
                user,
                Timestamp.from(now),
                id);
    }

    void addAttendee(long id, Long memberId, String name, String role, String user, Instant now) {
        jdbc.update("""
                insert into case_conference_attendee (conference_id, member_id, attendee_name, role, created_by,
                    created_at)
                values (?, ?, ?, ?, ?, ?)""", id, memberId, name, role, user, Timestamp.from(now));
    }

    /** The risk tier, contact interval and approval rule of the case's latest completed assessment (or none). */
    Map<String, Object> latestAssessment(long caseId) {
        return jdbc
                .query(
                        """
                        select risk_tier, contact_interval_days, plan_approval_required from assessment
                        where case_id = ? and completed_at is not null order by completed_at desc, id desc
                        limit 1""",
                        (rs, n) -> {
                            Map<String, Object> values = new HashMap<>();
                            values.put(CarePlanningProcess.Vars.RISK_TIER.name(), rs.getString("risk_tier"));
                            int interval = rs.getInt("contact_interval_days");
                            if (!rs.wasNull()) {
                                values.put(CarePlanningProcess.Vars.CONTACT_INTERVAL_DAYS.name(), interval);
                            }
                            boolean approval = rs.getBoolean("plan_approval_required");
                            if (!rs.wasNull()) {
                                values.put(CarePlanningProcess.Vars.PLAN_APPROVAL_REQUIRED.name(), approval);
                            }
                            return values;
                        },
                        caseId)
                .stream()
                .findFirst()
                .orElse(Map.of());
    }

    /** Conferences of the case not yet held (requested or scheduled). */
    long countOpen(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from case_conference where case_id = ? and status in ('requested', 'scheduled')",
                Long.class,
                caseId);
    }

    Optional<Row> find(long id) {
        return jdbc.query("select * from case_conference where id = ?", ConferenceRepository::row, id).stream()
                .findFirst();
    }

    /** Newest first. */
    List<CaseConference> ofCase(long caseId) {
        return jdbc
                .query(
                        "select * from case_conference where case_id = ? order by coalesce(starts_at, created_at) desc,"
                                + " id desc",
                        ConferenceRepository::row,
                        caseId)
                .stream()
                .map(row -> row.view(attendees(row.id())))
                .toList();
    }

    private List<CaseConference.Attendee> attendees(long id) {
        return jdbc.query(
                "select member_id, attendee_name, role from case_conference_attendee where conference_id = ? order by id",
                (rs, n) -> {
                    long member = rs.getLong("member_id");
                    return new CaseConference.Attendee(
                            rs.wasNull() ? null : member, rs.getString("attendee_name"), rs.getString("role"));
                },
                id);
    }

    /** A stored conference. */
    record Row(
            long id,
            long caseId,
            String reason,
            String status,
            Instant startsAt,
            Integer durationMinutes,
            String place,
            int invitationSequence,
            String summary,
            String decisions,
            Boolean planChange,
            String requestedBy,
            String recordedBy,
            Instant recordedAt,
            Instant createdAt) {

        CaseConference view(List<CaseConference.Attendee> attendees) {
            return new CaseConference(
                    id,
                    reason,
                    status,
                    startsAt,
                    durationMinutes,
                    place,
                    summary,
                    decisions == null || decisions.isBlank() ? List.of() : Arrays.asList(decisions.split(",")),
                    planChange,
                    attendees,
                    requestedBy,
                    recordedBy,
                    recordedAt,
                    createdAt);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        int minutes = rs.getInt("duration_minutes");
        Integer duration = rs.wasNull() ? null : minutes;
        boolean change = rs.getBoolean("plan_change");
        Boolean planChange = rs.wasNull() ? null : change;
        return new Row(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getString("reason"),
                rs.getString("status"),
                instant(rs.getTimestamp("starts_at")),
                duration,
                rs.getString("place"),
                rs.getInt("invitation_sequence"),
                rs.getString("summary"),
                rs.getString("decisions"),
                planChange,
                rs.getString("requested_by"),
                rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
