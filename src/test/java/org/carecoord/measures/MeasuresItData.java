package org.carecoord.measures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carecoord.monitoring.MonitoringProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Episodes with known outcomes in February–April 2031, where no demo or other test data lies, written straight into
 * the tables: the services stamp the system clock, which the shared IT context cannot move to 2031. Everything it
 * wrote is removed by {@link #remove()}.
 */
final class MeasuresItData {

    static final String COORDINATOR_A = "measures-it-a";
    static final String COORDINATOR_B = "measures-it-b";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<Long> cases = new ArrayList<>();
    private final List<Long> patients = new ArrayList<>();
    private final List<String> instances = new ArrayList<>();
    private int serial;

    MeasuresItData(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    Timestamp at(String localDateTime) {
        return Timestamp.from(instant(localDateTime));
    }

    Instant instant(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** A case opened at {@code openedAt}; closed at {@code closedAt} (null: open). Its case number is returned too. */
    long episode(String program, String coordinator, String riskTier, String openedAt, String closedAt) {
        int n = ++serial;
        long patient = jdbc.queryForObject(
                """
                insert into patient (match_key, first_name, last_name, date_of_birth, sex, preferred_language,
                    created_at, updated_at)
                values (?, 'Mira', ?, ?, 'female', 'en', ?, ?) returning id""",
                Long.class,
                "mira|measure" + run + n + "|1950-01-01",
                "Measure" + run + n,
                Date.valueOf(LocalDate.of(1950, 1, 1)),
                at(openedAt),
                at(openedAt));
        patients.add(patient);
        long caseId = jdbc.queryForObject(
                """
                insert into care_case (case_number, patient_id, open_patient_id, status, status_reason, program,
                    referral_source, reason_for_referral, urgency, coordinator_id, opened_at, closed_at, risk_tier)
                values (?, ?, ?, ?, ?, ?, 'primary-care', 'measures test', 'routine', ?, ?, ?, ?) returning id""",
                Long.class,
                caseNumber(n),
                patient,
                closedAt == null ? patient : null,
                closedAt == null ? "active" : "finished",
                closedAt == null ? null : "discharged",
                program,
                coordinator,
                at(openedAt),
                closedAt == null ? null : at(closedAt),
                riskTier);
        cases.add(caseId);
        return caseId;
    }

    String caseNumber(int n) {
        return "MZ-" + run + "-" + n;
    }

    String caseNumberOf(long caseId) {
        return jdbc.queryForObject("select case_number from care_case where id = ?", String.class, caseId);
    }

    void stay(
            long caseId,
            String dischargedOn,
            String contactOutcome,
            String contactDoneAt,
            String faceToFaceOn,
            String reconciledAt) {
        LocalDate discharged = LocalDate.parse(dischargedOn);
        jdbc.update(
                """
                insert into hospital_stay (case_id, facility, admitted_on, discharged_on, disposition, reported_at,
                    contact_due_at, face_to_face_due_at, contact_outcome, contact_done_at, face_to_face_on,
                    medication_reconciled_at)
                values (?, 'General Hospital', ?, ?, 'home', ?, ?, ?, ?, ?, ?, ?)""",
                caseId,
                Date.valueOf(discharged.minusDays(3)),
                Date.valueOf(discharged),
                at(dischargedOn + "T18:00"),
                at(dischargedOn + "T18:00"),
                at(dischargedOn + "T18:00"),
                contactOutcome,
                contactDoneAt == null ? null : at(contactDoneAt),
                faceToFaceOn == null ? null : Date.valueOf(LocalDate.parse(faceToFaceOn)),
                reconciledAt == null ? null : at(reconciledAt));
    }

    /** A referral; {@code finalAt} is when it reached its status (recorded in its history), null when still open. */
    void referral(long caseId, String createdAt, boolean sent, String status, String reason, String finalAt) {
        long id = jdbc.queryForObject(
                """
                insert into referral (case_id, service_type, status, status_reason, attempt, created_at, sent_at)
                values (?, 'food-assistance', ?, ?, 1, ?, ?) returning id""", Long.class, caseId, status, reason, at(createdAt), sent ? at(createdAt) : null);
        history(id, "requested", null, createdAt);
        if (finalAt != null) {
            history(id, status, reason, finalAt);
        }
    }

    private void history(long referralId, String status, String reason, String at) {
        jdbc.update(
                "insert into referral_status_history (referral_id, status, reason, actor, at) values (?, ?, ?, 'it', ?)",
                referralId,
                status,
                reason,
                at(at));
    }

    void contact(long caseId, String contactedAt, int minutes, boolean reached) {
        jdbc.update("""
                insert into contact (case_id, attempt, reached, channel, minutes_spent, medication_concerns, contacted_at)
                values (?, 1, ?, 'phone', ?, false, ?)""", caseId, reached, minutes, at(contactedAt));
    }

    void assessment(long caseId, String riskTier, String completedAt) {
        jdbc.update(
                "insert into assessment (case_id, started_at, completed_at, risk_tier) values (?, ?, ?, ?)",
                caseId,
                at(completedAt),
                at(completedAt),
                riskTier);
    }

    void discharge(long caseId, String reason, String preparedAt) {
        jdbc.update(
                "insert into discharge_summary (case_id, reason, prepared_at) values (?, ?, ?)",
                caseId,
                reason,
                at(preparedAt));
    }

    /** An "Outreach contact" task in the engine's history; endReason null: still open. */
    void outreachTask(long caseId, String createdAt, String dueAt, String endReason, String endedAt) {
        String instance = "measures-it-" + run + "-" + caseId;
        if (!instances.contains(instance)) {
            instances.add(instance);
            jdbc.update(
                    """
                    insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,
                        START_TIME_, STATE_)
                    values (?, ?, ?, ?, ?, ?, 'ACTIVE')""",
                    instance,
                    instance,
                    caseNumberOf(caseId),
                    MonitoringProcess.KEY,
                    monitoringDefinition(),
                    at("2031-01-01T08:00"));
        }
        jdbc.update(
                """
                insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_,
                    ROOT_PROC_INST_ID_, NAME_, START_TIME_, END_TIME_, DELETE_REASON_, DUE_DATE_, PRIORITY_)
                values (?, ?, ?, ?, ?, ?, 'Outreach contact', ?, ?, ?, ?, 50)""",
                instance + "-" + (++serial),
                MonitoringProcess.TASK_OUTREACH_CONTACT,
                MonitoringProcess.KEY,
                monitoringDefinition(),
                instance,
                instance,
                at(createdAt),
                endedAt == null ? null : at(endedAt),
                endReason,
                at(dueAt));
    }

    /** The deployed monitoring model, so the history rows look like the engine's own. */
    private String monitoringDefinition() {
        return jdbc.queryForObject(
                "select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc limit 1",
                String.class,
                MonitoringProcess.KEY);
    }

    void remove() {
        for (long caseId : cases) {
            jdbc.update(
                    "delete from referral_status_history where referral_id in (select id from referral where case_id = ?)",
                    caseId);
            for (String table : List.of("referral", "contact", "hospital_stay", "discharge_summary", "assessment")) {
                jdbc.update("delete from " + table + " where case_id = ?", caseId);
            }
            jdbc.update("delete from care_case where id = ?", caseId);
        }
        patients.forEach(id -> jdbc.update("delete from patient where id = ?", id));
        for (String instance : instances) {
            jdbc.update("delete from ACT_HI_TASKINST where PROC_INST_ID_ = ?", instance);
            jdbc.update("delete from ACT_HI_PROCINST where ID_ = ?", instance);
        }
    }
}
