package org.carecoord.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    private final JdbcTemplate jdbc;

    AssessmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long open(long caseId, String processInstanceId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement(
                            "insert into assessment (case_id, process_instance_id, started_at) values (?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, caseId);
                    ps.setString(2, processInstanceId);
                    ps.setTimestamp(3, Timestamp.from(now));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    void insertResult(InstrumentResult r, Instant now) {
        jdbc.update(
                """
                insert into assessment_result (assessment_id, case_id, instrument, administered, answers, score, band,
                                               flags, previous_score, response, remission, administered_by,
                                               administered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.assessmentId(),
                r.caseId(),
                r.instrument().code(),
                r.administered(),
                r.answersJson(),
                r.score(),
                r.band(),
                r.flagsJson(),
                r.previousScore(),
                r.response(),
                r.remission(),
                r.administeredBy(),
                Timestamp.from(now));
    }

    /** The latest administered score of an instrument for the case from an earlier assessment. */
    Optional<Integer> previousScore(long caseId, Instrument instrument, long currentAssessmentId) {
        return jdbc.query("""
                select score from assessment_result
                where case_id = ? and instrument = ? and administered = true and score is not null
                  and assessment_id <> ?
                order by administered_at desc, id desc""", (rs, row) -> rs.getInt("score"), caseId, instrument.code(), currentAssessmentId).stream()
                .findFirst();
    }

    void complete(
            long assessmentId,
            String riskTier,
            Integer contactIntervalDays,
            Boolean planApprovalRequired,
            String assessedBy,
            Instant now) {
        jdbc.update(
                """
                update assessment set risk_tier = ?, contact_interval_days = ?, plan_approval_required = ?,
                                      assessed_by = ?, completed_at = ?
                where id = ?""",
                riskTier,
                contactIntervalDays,
                planApprovalRequired,
                assessedBy,
                Timestamp.from(now),
                assessmentId);
    }

    void setCaseRiskTier(long caseId, String riskTier) {
        jdbc.update("update care_case set risk_tier = ? where id = ?", riskTier, caseId);
    }

    record Completed(long assessmentId, String riskTier, Instant completedAt) {}

    record Administered(Instrument instrument, Integer score, String band) {}

    /** The case's most recently completed assessment. */
    Optional<Completed> latestCompleted(long caseId) {
        return jdbc
                .query(
                        """
                select id, risk_tier, completed_at from assessment
                where case_id = ? and completed_at is not null order by completed_at desc, id desc""",
                        (rs, row) -> new Completed(
                                rs.getLong("id"),
                                rs.getString("risk_tier"),
                                rs.getTimestamp("completed_at").toInstant()),
                        caseId)
                .stream()
                .findFirst();
    }

    List<Administered> administeredResults(long assessmentId) {
        return jdbc.query(
                """
                select instrument, score, band from assessment_result
                where assessment_id = ? and administered = true order by id""",
                (rs, row) -> new Administered(
                        Instrument.fromCode(rs.getString("instrument")),
                        (Integer) rs.getObject("score", Integer.class),
                        rs.getString("band")),
                assessmentId);
    }

    void insertSafetyFollowUp(
            long caseId, String actionTaken, boolean patientSafe, String note, String by, Instant now) {
        jdbc.update("""
                insert into safety_follow_up (case_id, action_taken, patient_safe, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", caseId, actionTaken, patientSafe, note, by, Timestamp.from(now));
    }

    /** Every administered score of the case, oldest first: the trend the case overview draws. */
    List<AssessmentOverviewPart.Score> scoreHistory(long caseId) {
        return jdbc.query(
                """
                select r.assessment_id, r.instrument, r.score, r.band, r.administered_at, a.risk_tier
                from assessment_result r join assessment a on a.id = r.assessment_id
                where r.case_id = ? and r.administered = true
                order by r.administered_at, r.id""",
                (rs, row) -> new AssessmentOverviewPart.Score(
                        rs.getLong("assessment_id"),
                        rs.getString("instrument"),
                        (Integer) rs.getObject("score", Integer.class),
                        rs.getString("band"),
                        rs.getTimestamp("administered_at").toInstant(),
                        rs.getString("risk_tier")),
                caseId);
    }
}
