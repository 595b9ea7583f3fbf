package org.carecoord.appointment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carecoord.assessment.AssessmentDecisions;
import org.carecoord.variables.JsonVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code appointment}; reads what the reminder and the transport rule need from the case record. */
@Repository
class AppointmentRepository {

    private final JdbcTemplate jdbc;

    AppointmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, AppointmentDetails a, Long contactId, Long rebookedFromId, String user, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement("""
                    insert into appointment (case_id, starts_at, ends_at, provider, location, description, status,
                                             transport_needed, contact_id, rebooked_from_id, reminder_queued,
                                             barrier_noted, created_by, created_at, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, false, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, caseId);
                    ps.setTimestamp(2, Timestamp.from(a.start()));
                    ps.setTimestamp(3, a.end() == null ? null : Timestamp.from(a.end()));
                    ps.setString(4, a.provider());
                    ps.setString(5, a.location());
                    ps.setString(6, a.description());
                    ps.setString(7, AppointmentStatus.BOOKED.fhirCode());
                    ps.setBoolean(8, a.transportNeeded());
                    ps.setObject(9, contactId);
                    ps.setObject(10, rebookedFromId);
                    ps.setString(11, user);
                    ps.setTimestamp(12, Timestamp.from(now));
                    ps.setString(13, user);
                    ps.setTimestamp(14, Timestamp.from(now));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    void attachProcess(long id, String processInstanceId) {
        jdbc.update("update appointment set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    Optional<Appointment> find(long caseId, long id) {
        return jdbc.query("select * from appointment where case_id = ? and id = ?", this::row, caseId, id).stream()
                .findFirst();
    }

    Appointment require(long id) {
        return jdbc.queryForObject("select * from appointment where id = ?", this::row, id);
    }

    /** Locks the row: a reschedule and the attendance answer must not cross. */
    Optional<String> lockProcess(long id) {
        return jdbc
                .query(
                        "select process_instance_id from appointment where id = ? for update",
                        (rs, row) -> Optional.ofNullable(rs.getString(1)),
                        id)
                .stream()
                .findFirst()
                .orElse(Optional.empty());
    }

    /** Soonest first. */
    List<Appointment> ofCase(long caseId) {
        return jdbc.query("select * from appointment where case_id = ? order by starts_at, id", this::row, caseId);
    }

    void update(long id, AppointmentDetails a, AppointmentStatus status, String user, Instant now) {
        jdbc.update(
                """
                update appointment set starts_at = ?, ends_at = ?, provider = ?, location = ?, description = ?,
                       transport_needed = ?, status = ?, updated_by = ?, updated_at = ? where id = ?""",
                Timestamp.from(a.start()),
                a.end() == null ? null : Timestamp.from(a.end()),
                a.provider(),
                a.location(),
                a.description(),
                a.transportNeeded(),
                status.fhirCode(),
                user,
                Timestamp.from(now),
                id);
    }

    void setStatus(long id, AppointmentStatus status, String cancellationReason, String user, Instant now) {
        jdbc.update("""
                update appointment set status = ?, cancellation_reason = coalesce(?, cancellation_reason),
                       updated_by = ?, updated_at = ? where id = ?""", status.fhirCode(), cancellationReason, user, Timestamp.from(now), id);
    }

    void markReminderQueued(long id) {
        jdbc.update("update appointment set reminder_queued = true where id = ?", id);
    }

    void markTransportReferral(long id, long referralNeedId) {
        jdbc.update("update appointment set transport_referral_need_id = ? where id = ?", referralNeedId, id);
    }

    void markBarrierNoted(long id) {
        jdbc.update("update appointment set barrier_noted = true where id = ?", id);
    }

    /** Missed appointments of the case with the provider (same name, ignoring case and spaces around). */
    int missedWith(long caseId, String provider) {
        return jdbc.queryForObject("""
                select count(*) from appointment where case_id = ? and status = ?
                and lower(trim(provider)) = lower(trim(?))""", Integer.class, caseId, AppointmentStatus.MISSED.fhirCode(), provider);
    }

    /**
     * A transportation need from the latest completed assessment's HRSN screening (flag {@code transportationNeed})
     * or a transportation barrier on the active care plan.
     */
    boolean hasTransportationNeedOrBarrier(long caseId) {
        List<String> flags = jdbc.queryForList("""
                select r.flags from assessment_result r
                where r.administered = true and r.instrument = 'ahc-hrsn' and r.assessment_id = (
                    select a.id from assessment a where a.case_id = ? and a.completed_at is not null
                    order by a.completed_at desc, a.id desc fetch first 1 rows only)""", String.class, caseId);
        boolean screened = flags.stream()
                .anyMatch(json -> json != null
                        && JsonVariables.tree(json)
                                .path(AssessmentDecisions.TRANSPORTATION_NEED)
                                .asBoolean(false));
        return screened
                || activePlan(caseId)
                        .map(plan -> plan.barriers().contains(TRANSPORTATION))
                        .orElse(false);
    }

    /** The case's active care plan: its id, barrier codes and barrier note. */
    record ActivePlan(long id, List<String> barriers, String barrierNote) {}

    Optional<ActivePlan> activePlan(long caseId) {
        return jdbc
                .query(
                        """
                select id, barriers, barrier_note from care_plan where case_id = ? and status = 'active'
                order by version desc fetch first 1 rows only""",
                        (rs, row) -> new ActivePlan(
                                rs.getLong("id"),
                                rs.getString("barriers") == null
                                                || rs.getString("barriers").isBlank()
                                        ? List.of()
                                        : List.of(rs.getString("barriers").split(",")),
                                rs.getString("barrier_note")),
                        caseId)
                .stream()
                .findFirst();
    }

    /** Barriers are stored as care planning stores them: comma-separated codes and one short note. */
    void updatePlanBarriers(long carePlanId, List<String> barriers, String barrierNote) {
        jdbc.update(
                "update care_plan set barriers = ?, barrier_note = ? where id = ?",
                String.join(",", barriers),
                barrierNote,
                carePlanId);
    }

    static final String TRANSPORTATION = "transportation";

    private Appointment row(ResultSet rs, int row) throws SQLException {
        Timestamp end = rs.getTimestamp("ends_at");
        String fhir = rs.getString("status");
        return new Appointment(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getTimestamp("starts_at").toInstant(),
                end == null ? null : end.toInstant(),
                rs.getString("provider"),
                rs.getString("location"),
                rs.getString("description"),
                AppointmentStatus.ofFhirCode(fhir),
                fhir,
                rs.getBoolean("transport_needed"),
                rs.getString("cancellation_reason"),
                (Long) rs.getObject("contact_id", Long.class),
                (Long) rs.getObject("rebooked_from_id", Long.class),
                rs.getBoolean("reminder_queued"),
                (Long) rs.getObject("transport_referral_need_id", Long.class),
                rs.getBoolean("barrier_noted"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
