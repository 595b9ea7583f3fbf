package org.carecoord.careplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Versions of care plans with their problems, goals and interventions. */
@Repository
class CarePlanRepository {

    private final JdbcTemplate jdbc;

    CarePlanRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(long caseId) {
        return jdbc.queryForObject(
                "select coalesce(max(version), 0) + 1 from care_plan where case_id = ?", Integer.class, caseId);
    }

    /** Inserts a draft version; a concurrent save of the same version fails on uk_care_plan_version. */
    long insertDraft(PlanDraft draft, int version, String userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into care_plan (case_id, version, status, risk_tier, contact_interval_days, barriers,
                                           barrier_note, education_topics, referral_services, created_by,
                                           created_at, status_changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, draft.caseId());
                    ps.setInt(2, version);
                    ps.setString(3, CarePlanStatus.DRAFT.code());
                    ps.setString(4, draft.riskTier());
                    ps.setObject(5, draft.contactIntervalDays());
                    ps.setString(6, join(draft.barriers()));
                    ps.setString(7, draft.barrierNote());
                    ps.setString(8, join(draft.educationTopics()));
                    ps.setString(9, join(draft.referralServices()));
                    ps.setString(10, userId);
                    ps.setTimestamp(11, Timestamp.from(now));
                    ps.setTimestamp(12, Timestamp.from(now));
                    return ps;
                },
                keys);
        long planId = keys.getKey().longValue();
        for (String problem : draft.problems()) {
            jdbc.update(
                    "insert into care_plan_problem (care_plan_id, code, suggested) values (?, ?, ?)",
                    planId,
                    problem,
                    draft.suggestedProblems().contains(problem));
        }
        int order = 0;
        for (Goal goal : draft.goals()) {
            jdbc.update(
                    """
                    insert into care_plan_goal (care_plan_id, sort_order, problem_code, description, measure,
                                                target_date, lifecycle_status)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    planId,
                    ++order,
                    goal.problem(),
                    goal.description(),
                    goal.measure(),
                    date(goal.targetDate()),
                    goal.lifecycleStatus().code());
        }
        order = 0;
        for (Intervention intervention : draft.interventions()) {
            jdbc.update(
                    """
                    insert into care_plan_intervention (care_plan_id, sort_order, problem_code, action, responsible,
                                                        due_date, status)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    planId,
                    ++order,
                    intervention.problem(),
                    intervention.action(),
                    intervention.responsible(),
                    date(intervention.dueDate()),
                    intervention.status().code());
        }
        return planId;
    }

    /** Locks the plan row, so that concurrent steps on one plan serialise. */
    Optional<CarePlan> lock(long planId) {
        return jdbc.query("select * from care_plan where id = ? for update", CarePlanRepository::map, planId).stream()
                .findFirst();
    }

    Optional<CarePlan> find(long caseId, int version) {
        return jdbc
                .query(
                        "select * from care_plan where case_id = ? and version = ?",
                        CarePlanRepository::map,
                        caseId,
                        version)
                .stream()
                .findFirst();
    }

    List<CarePlan> findByCase(long caseId) {
        return jdbc.query(
                "select * from care_plan where case_id = ? order by version desc", CarePlanRepository::map, caseId);
    }

    /** The other plans of the case in the given status (e.g. earlier drafts a new version replaces). */
    List<Long> othersInStatus(long caseId, long planId, CarePlanStatus status) {
        return jdbc.queryForList(
                "select id from care_plan where case_id = ? and id <> ? and status = ?",
                Long.class,
                caseId,
                planId,
                status.code());
    }

    /** Changes the plan's status and moves its goals and interventions that are still open along with it. */
    void changeStatus(
            long planId, CarePlanStatus status, GoalStatus goals, InterventionStatus interventions, Instant now) {
        jdbc.update(
                "update care_plan set status = ?, status_changed_at = ? where id = ?",
                status.code(),
                Timestamp.from(now),
                planId);
        jdbc.update("""
                update care_plan_goal set lifecycle_status = ?
                where care_plan_id = ? and lifecycle_status not in ('completed', 'entered-in-error')""", goals.code(), planId);
        jdbc.update("""
                update care_plan_intervention set status = ?
                where care_plan_id = ? and status not in ('completed', 'stopped', 'entered-in-error')""", interventions.code(), planId);
    }

    void recordApproval(long planId, String decision, String comments, String userId, Instant now) {
        jdbc.update("""
                update care_plan set approval_decision = ?, approval_comments = ?, approval_by = ?, approval_at = ?
                where id = ?""", decision, comments, userId, Timestamp.from(now), planId);
    }

    void recordPatientDecision(long planId, CarePlan.PatientReview review) {
        jdbc.update(
                """
                update care_plan set patient_decision = ?, patient_change_requests = ?, agreed_on = ?,
                                     agreed_how = ?, patient_decision_by = ?, patient_decision_at = ?
                where id = ?""",
                review.decision(),
                review.changeRequests(),
                date(review.agreedOn()),
                review.agreedHow(),
                review.recordedBy(),
                Timestamp.from(review.recordedAt()),
                planId);
    }

    List<CarePlanDetails.ProblemView> problems(long planId) {
        return jdbc.query(
                "select code, suggested from care_plan_problem where care_plan_id = ? order by id",
                (rs, row) -> new CarePlanDetails.ProblemView(rs.getString("code"), rs.getBoolean("suggested")),
                planId);
    }

    List<Goal> goals(long planId) {
        return jdbc.query(
                "select * from care_plan_goal where care_plan_id = ? order by sort_order",
                (rs, row) -> new Goal(
                        rs.getString("problem_code"),
                        rs.getString("description"),
                        rs.getString("measure"),
                        localDate(rs.getDate("target_date")),
                        GoalStatus.fromCode(rs.getString("lifecycle_status")),
                        rs.getString("achievement_status")),
                planId);
    }

    /** The plan's goals with their ids, in the plan's order. */
    List<PlanClosure.PlanGoal> goalRows(long planId) {
        return jdbc.query(
                """
                select id, problem_code, description, measure from care_plan_goal where care_plan_id = ?
                order by sort_order, id""",
                (rs, row) -> new PlanClosure.PlanGoal(
                        rs.getLong("id"),
                        rs.getString("problem_code"),
                        rs.getString("description"),
                        rs.getString("measure")),
                planId);
    }

    void completeGoals(long planId, Collection<Long> goalIds) {
        for (long goalId : goalIds) {
            jdbc.update(
                    "update care_plan_goal set lifecycle_status = ? where id = ? and care_plan_id = ?",
                    GoalStatus.COMPLETED.code(),
                    goalId,
                    planId);
        }
    }

    List<Intervention> interventions(long planId) {
        return jdbc.query(
                "select * from care_plan_intervention where care_plan_id = ? order by sort_order",
                (rs, row) -> new Intervention(
                        rs.getString("problem_code"),
                        rs.getString("action"),
                        rs.getString("responsible"),
                        localDate(rs.getDate("due_date")),
                        InterventionStatus.fromCode(rs.getString("status")),
                        rs.getString("status_reason")),
                planId);
    }

    private static CarePlan map(ResultSet rs, int row) throws SQLException {
        String approvalDecision = rs.getString("approval_decision");
        String patientDecision = rs.getString("patient_decision");
        return new CarePlan(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getInt("version"),
                CarePlanStatus.fromCode(rs.getString("status")),
                rs.getString("risk_tier"),
                (Integer) rs.getObject("contact_interval_days", Integer.class),
                split(rs.getString("barriers")),
                rs.getString("barrier_note"),
                split(rs.getString("education_topics")),
                split(rs.getString("referral_services")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                approvalDecision == null
                        ? null
                        : new CarePlan.Approval(
                                approvalDecision,
                                rs.getString("approval_comments"),
                                rs.getString("approval_by"),
                                instant(rs.getTimestamp("approval_at"))),
                patientDecision == null
                        ? null
                        : new CarePlan.PatientReview(
                                patientDecision,
                                rs.getString("patient_change_requests"),
                                localDate(rs.getDate("agreed_on")),
                                rs.getString("agreed_how"),
                                rs.getString("patient_decision_by"),
                                instant(rs.getTimestamp("patient_decision_at"))),
                instant(rs.getTimestamp("status_changed_at")));
    }

    static String join(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
