package org.carecoord.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What CareCoord's own tables record of one case, as trail rows: the case's status changes, consent, assessments,
 * care plans, referrals and their status history, contacts, hospital stays, safety follow-ups, the discharge
 * summary, and every audit event and break-the-glass access of the case. Codes, user ids and times only: notes and
 * other free text stay in the case record, except the reason a coordinator gave for breaking the glass, which is
 * what a reviewer audits.
 */
@Repository
class CaseRecordTrail {

    private final JdbcTemplate jdbc;

    CaseRecordTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TrailRow> rows(long caseId, int limit) {
        List<TrailRow> rows = new ArrayList<>();
        jdbc.query(
                """
                select status, status_reason, program, urgency, coordinator_id, coordinator_assigned_at, opened_by,
                       opened_at, closed_at from care_case where id = ?""",
                (ResultSet rs) -> {
                    rows.add(TrailRow.record(
                            TrailRow.CASE,
                            instant(rs, "opened_at"),
                            "case",
                            "Case opened",
                            rs.getString("opened_by"),
                            "program " + rs.getString("program") + ", urgency " + rs.getString("urgency")));
                    if (rs.getTimestamp("coordinator_assigned_at") != null) {
                        rows.add(TrailRow.record(
                                TrailRow.CASE,
                                instant(rs, "coordinator_assigned_at"),
                                "case",
                                "Coordinator assigned: " + rs.getString("coordinator_id"),
                                null,
                                "case active"));
                    }
                    if (rs.getTimestamp("closed_at") != null) {
                        rows.add(TrailRow.record(
                                TrailRow.CASE,
                                instant(rs, "closed_at"),
                                "case",
                                "Case " + rs.getString("status"),
                                null,
                                "reason " + rs.getString("status_reason")));
                    }
                },
                caseId);
        add(rows, "consent", """
                select recorded_at as at, recorded_by as who, 'Consent ' || decision as what,
                       'method ' || method || ', share with providers ' || share_with_providers as detail
                from consent where case_id = ?""", caseId);
        add(rows, "assessment", """
                select completed_at as at, assessed_by as who, 'Assessment completed' as what,
                       'risk tier ' || coalesce(risk_tier, 'none') as detail
                from assessment where case_id = ? and completed_at is not null""", caseId);
        add(rows, "care-plan", """
                select created_at as at, created_by as who, 'Care plan version ' || version || ' drafted' as what,
                       'status now ' || status as detail from care_plan where case_id = ?""", caseId);
        add(rows, "care-plan", """
                select approval_at as at, approval_by as who, 'Care plan version ' || version || ': ' ||
                       approval_decision as what, 'manager approval' as detail
                from care_plan where case_id = ? and approval_at is not null""", caseId);
        add(rows, "care-plan", """
                select patient_decision_at as at, patient_decision_by as who, 'Care plan version ' || version ||
                       ': patient ' || patient_decision as what, coalesce(agreed_how, '') as detail
                from care_plan where case_id = ? and patient_decision_at is not null""", caseId);
        add(rows, "referral", """
                select h.at as at, h.actor as who, 'Referral ' || r.id || ' (' || r.service_type || '): ' ||
                       h.status as what,
                       case when h.reason is null then '' else 'with a reason (in the case record)' end as detail
                from referral_status_history h join referral r on r.id = h.referral_id where r.case_id = ?""", caseId);
        add(rows, "contact", """
                select contacted_at as at, recorded_by as who, 'Outreach contact, attempt ' || attempt || ': ' ||
                       case when reached then 'reached' else 'not reached' end as what,
                       'channel ' || coalesce(channel, 'none') || ', ' || minutes_spent || ' min' as detail
                from contact where case_id = ?""", caseId);
        add(rows, "hospital-stay", """
                select reported_at as at, reported_by as who, 'Hospital discharge reported' as what,
                       'disposition ' || disposition as detail from hospital_stay where case_id = ?""", caseId);
        add(rows, "transitional-care", """
                select t.recorded_at as at, t.recorded_by as who, 'Transitional care: ' || t.kind as what,
                       coalesce(t.detail, '') as detail
                from transitional_care_step t join hospital_stay s on s.id = t.hospital_stay_id
                where s.case_id = ?""", caseId);
        add(rows, "safety-follow-up", """
                select recorded_at as at, recorded_by as who, 'Safety follow-up recorded' as what,
                       'action ' || action_taken || ', patient safe ' || patient_safe as detail
                from safety_follow_up where case_id = ?""", caseId);
        add(rows, "discharge", """
                select prepared_at as at, prepared_by as who, 'Discharge summary prepared' as what,
                       'reason ' || reason as detail from discharge_summary where case_id = ?""", caseId);
        add(rows, "break-glass", """
                select granted_at as at, user_id as who, 'Broke the glass' as what,
                       'access until ' || cast(expires_at as varchar(40)) as detail
                from break_glass_grant where case_id = ?""", caseId);
        jdbc.query(
                """
                select occurred_at, user_id, action, resource, basis, outcome, client_address, reason
                from audit_event where case_id = ? order by id limit ?""",
                (ResultSet rs) -> {
                    String reason = rs.getString("reason");
                    rows.add(TrailRow.record(
                            TrailRow.AUDIT,
                            instant(rs, "occurred_at"),
                            rs.getString("action"),
                            rs.getString("resource"),
                            rs.getString("user_id"),
                            rs.getString("outcome") + " as "
                                    + rs.getString("basis")
                                    + (rs.getString("client_address") == null
                                            ? ""
                                            : ", from " + rs.getString("client_address"))
                                    + (reason == null ? "" : ", reason: " + reason)));
                },
                caseId,
                limit);
        return rows;
    }

    private void add(List<TrailRow> rows, String kind, String sql, long caseId) {
        jdbc.query(
                sql,
                (ResultSet rs) -> {
                    rows.add(TrailRow.record(
                            TrailRow.CASE,
                            instant(rs, "at"),
                            kind,
                            rs.getString("what"),
                            rs.getString("who"),
                            rs.getString("detail")));
                },
                caseId);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
