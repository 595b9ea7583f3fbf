package org.carecoord.discharge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Discharge summaries with their goal outcomes, and what discharge reads of the patient's contact consent. */
@Repository
class DischargeRepository {

    private final JdbcTemplate jdbc;

    DischargeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the case has a summary already */
    long insertSummary(DischargeSummary summary, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into discharge_summary (case_id, care_plan_id, final_assessment_id, reason, summary_note,
                                                   receiving_organisation, prepared_by, prepared_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, summary.caseId());
                    ps.setObject(2, summary.carePlanId());
                    ps.setObject(3, summary.finalAssessmentId());
                    ps.setString(4, summary.reason());
                    ps.setString(5, summary.note());
                    ps.setString(6, summary.receivingOrganisation());
                    ps.setString(7, summary.preparedBy());
                    ps.setTimestamp(8, Timestamp.from(now));
                    return ps;
                },
                keys);
        long id = keys.getKey().longValue();
        summary.goalOutcomes().forEach((goalId, achievement) -> jdbc.update("""
                insert into discharge_goal_outcome (discharge_summary_id, care_plan_goal_id, achievement)
                values (?, ?, ?)""", id, goalId, achievement));
        return id;
    }

    Optional<DischargeSummary> findByCase(long caseId) {
        return jdbc
                .query(
                        "select * from discharge_summary where case_id = ?",
                        (rs, row) -> new DischargeSummary(
                                rs.getLong("case_id"),
                                (Long) rs.getObject("care_plan_id", Long.class),
                                (Long) rs.getObject("final_assessment_id", Long.class),
                                rs.getString("reason"),
                                rs.getString("summary_note"),
                                rs.getString("receiving_organisation"),
                                rs.getString("prepared_by"),
                                goalOutcomes(rs.getLong("id"))),
                        caseId)
                .stream()
                .findFirst();
    }

    /** Whether the case's latest consent was given with e-mail as the way to contact the patient. */
    boolean emailConsented(long caseId) {
        List<Map<String, Object>> latest = jdbc.queryForList("""
                select decision, contact_preference from consent where case_id = ?
                order by recorded_at desc, id desc""", caseId);
        return !latest.isEmpty()
                && "given".equals(latest.get(0).get("decision"))
                && "email".equals(latest.get(0).get("contact_preference"));
    }

    private Map<Long, String> goalOutcomes(long summaryId) {
        var outcomes = new LinkedHashMap<Long, String>();
        jdbc.query(
                """
                select care_plan_goal_id, achievement from discharge_goal_outcome
                where discharge_summary_id = ? order by care_plan_goal_id""",
                rs -> {
                    outcomes.put(rs.getLong("care_plan_goal_id"), rs.getString("achievement"));
                },
                summaryId);
        return outcomes;
    }
}
