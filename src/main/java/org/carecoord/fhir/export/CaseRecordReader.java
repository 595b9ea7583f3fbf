package org.carecoord.fhir.export;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.patient.PatientRepository;
import org.carecoord.security.EngineAsApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one case's record for the export from CareCoord's own tables, read-only and in one transaction so the
 * parts agree with each other. The features' repositories are package-private to them and shaped for their screens;
 * the export needs every row of a case at once, so it reads the tables directly (it never writes them).
 */
@Component
class CaseRecordReader {

    private final CareCaseService cases;
    private final PatientRepository patients;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    CaseRecordReader(CareCaseService cases, PatientRepository patients, IdentityService identity, JdbcTemplate jdbc) {
        this.cases = cases;
        this.patients = patients;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** The case's record; {@code CaseNotFoundException} (404) when there is no such case. */
    @Transactional(readOnly = true)
    CaseRecord read(long caseId) {
        CareCase careCase = cases.require(caseId);
        return new CaseRecord(
                careCase,
                patients.findById(careCase.patientId()).orElseThrow(),
                one("select coordinator_assigned_at from care_case where id = ?", rs -> instant(rs, 1), caseId),
                coordinatorName(careCase.coordinatorId()),
                plan(caseId),
                referrals(caseId),
                team(caseId),
                appointments(caseId),
                coverages(careCase.patientId()),
                consent(caseId),
                results(caseId),
                hospitalStays(caseId));
    }

    private String coordinatorName(String userId) {
        if (userId == null) {
            return null;
        }
        // the reader may open the case, and its coordinator's name is part of it
        User user = EngineAsApplication.call(
                identity, () -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null || user.getLastName() == null) {
            return null;
        }
        return ((user.getFirstName() == null ? "" : user.getFirstName() + " ") + user.getLastName()).trim();
    }

    private CaseRecord.Plan plan(long caseId) {
        return one(
                """
                select id, version, status, created_at from care_plan
                where case_id = ? order by version desc limit 1""",
                rs -> {
                    long planId = rs.getLong("id");
                    return new CaseRecord.Plan(
                            planId,
                            rs.getInt("version"),
                            rs.getString("status"),
                            instant(rs, "created_at"),
                            jdbc.queryForList(
                                    "select code from care_plan_problem where care_plan_id = ? order by id",
                                    String.class,
                                    planId),
                            goals(planId),
                            interventions(planId));
                },
                caseId);
    }

    private List<CaseRecord.Goal> goals(long planId) {
        return jdbc.query(
                """
                select id, problem_code, description, measure, target_date, lifecycle_status, achievement_status
                from care_plan_goal where care_plan_id = ? order by sort_order, id""",
                (rs, row) -> new CaseRecord.Goal(
                        rs.getLong("id"),
                        rs.getString("problem_code"),
                        rs.getString("description"),
                        rs.getString("measure"),
                        date(rs, "target_date"),
                        rs.getString("lifecycle_status"),
                        rs.getString("achievement_status")),
                planId);
    }

    private List<CaseRecord.Intervention> interventions(long planId) {
        return jdbc.query(
                """
                select id, problem_code, action, responsible, due_date, status, status_reason
                from care_plan_intervention where care_plan_id = ? order by sort_order, id""",
                (rs, row) -> new CaseRecord.Intervention(
                        rs.getLong("id"),
                        rs.getString("problem_code"),
                        rs.getString("action"),
                        rs.getString("responsible"),
                        date(rs, "due_date"),
                        rs.getString("status"),
                        rs.getString("status_reason")),
                planId);
    }

    private List<CaseRecord.Referral> referrals(long caseId) {
        return jdbc.query(
                """
                select r.id, r.service_type, p.name as provider_name, r.status, r.status_reason, r.created_at,
                       r.sent_at, r.completed_at
                from referral r left join provider p on p.id = r.provider_id
                where r.case_id = ? order by r.id""",
                (rs, row) -> new CaseRecord.Referral(
                        rs.getLong("id"),
                        rs.getString("service_type"),
                        rs.getString("provider_name"),
                        rs.getString("status"),
                        rs.getString("status_reason"),
                        instant(rs, "created_at"),
                        instant(rs, "sent_at"),
                        instant(rs, "completed_at")),
                caseId);
    }

    private List<CaseRecord.TeamMember> team(long caseId) {
        return jdbc.query(
                """
                select id, role, member_name, organisation, phone, email, period_start, period_end, status
                from care_team_member where case_id = ? order by id""",
                (rs, row) -> new CaseRecord.TeamMember(
                        rs.getLong("id"),
                        rs.getString("role"),
                        rs.getString("member_name"),
                        rs.getString("organisation"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        date(rs, "period_start"),
                        date(rs, "period_end"),
                        rs.getString("status")),
                caseId);
    }

    private List<CaseRecord.Appointment> appointments(long caseId) {
        return jdbc.query(
                """
                select id, starts_at, ends_at, provider, location, description, status, cancellation_reason
                from appointment where case_id = ? order by starts_at, id""",
                (rs, row) -> new CaseRecord.Appointment(
                        rs.getLong("id"),
                        instant(rs, "starts_at"),
                        instant(rs, "ends_at"),
                        rs.getString("provider"),
                        rs.getString("location"),
                        rs.getString("description"),
                        rs.getString("status"),
                        rs.getString("cancellation_reason")),
                caseId);
    }

    private List<CaseRecord.Coverage> coverages(long patientId) {
        return jdbc.query(
                """
                select id, payor, plan_name, subscriber_id, group_number, period_start, period_end, coverage_order,
                       status
                from coverage where patient_id = ? order by coverage_order, id""",
                (rs, row) -> new CaseRecord.Coverage(
                        rs.getLong("id"),
                        rs.getString("payor"),
                        rs.getString("plan_name"),
                        rs.getString("subscriber_id"),
                        rs.getString("group_number"),
                        date(rs, "period_start"),
                        date(rs, "period_end"),
                        rs.getInt("coverage_order"),
                        rs.getString("status")),
                patientId);
    }

    private CaseRecord.Consent consent(long caseId) {
        return one(
                """
                select id, decision, share_with_providers, given_by, given_by_name, method, recorded_at
                from consent where case_id = ? order by recorded_at desc, id desc limit 1""",
                rs -> new CaseRecord.Consent(
                        rs.getLong("id"),
                        rs.getString("decision"),
                        rs.getBoolean("share_with_providers"),
                        rs.getString("given_by"),
                        rs.getString("given_by_name"),
                        rs.getString("method"),
                        instant(rs, "recorded_at")),
                caseId);
    }

    private List<CaseRecord.Result> results(long caseId) {
        return jdbc.query(
                """
                select id, instrument, answers, score, band, administered_at
                from assessment_result where case_id = ? and administered order by administered_at, id""",
                (rs, row) -> new CaseRecord.Result(
                        rs.getLong("id"),
                        rs.getString("instrument"),
                        rs.getString("answers"),
                        (Integer) rs.getObject("score", Integer.class),
                        rs.getString("band"),
                        instant(rs, "administered_at")),
                caseId);
    }

    private List<CaseRecord.HospitalStay> hospitalStays(long caseId) {
        return jdbc.query(
                """
                select id, facility, admitted_on, discharged_on, disposition
                from hospital_stay where case_id = ? order by admitted_on, id""",
                (rs, row) -> new CaseRecord.HospitalStay(
                        rs.getLong("id"),
                        rs.getString("facility"),
                        date(rs, "admitted_on"),
                        date(rs, "discharged_on"),
                        rs.getString("disposition")),
                caseId);
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> T one(String sql, Row<T> row, Object... args) {
        return jdbc.query(sql, (rs, i) -> row.map(rs), args).stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
