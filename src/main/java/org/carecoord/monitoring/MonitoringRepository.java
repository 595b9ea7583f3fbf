package org.carecoord.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Contacts and plan reviews; reads the case's latest assessment. */
@Repository
class MonitoringRepository {

    private final JdbcTemplate jdbc;

    MonitoringRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A contact row as the case API shows it. */
    record ContactRow(
            long id,
            Instant contactedAt,
            int attempt,
            boolean reached,
            String channel,
            int minutesSpent,
            String patientStatus,
            List<String> newNeeds,
            boolean medicationConcerns,
            List<String> barriers,
            String note,
            String episodeEnds,
            String recordedBy) {}

    /** One instrument's stored result of an assessment. */
    record StoredResult(String instrument, Integer score, String band, String flagsJson) {}

    long insertContact(ContactReport c, String recordedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into contact (case_id, attempt, reached, channel, minutes_spent, patient_status, new_needs,
                                         medication_concerns, barriers, note, episode_ends, recorded_by, contacted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, c.caseId());
                    ps.setInt(2, c.attempt());
                    ps.setBoolean(3, c.reached());
                    ps.setString(4, c.channel());
                    ps.setInt(5, c.minutesSpent());
                    ps.setString(6, c.patientStatus());
                    ps.setString(7, codes(c.newNeeds()));
                    ps.setBoolean(8, c.medicationConcerns());
                    ps.setString(9, codes(c.barriers()));
                    ps.setString(10, c.note());
                    ps.setString(11, c.episodeEnds());
                    ps.setString(12, recordedBy);
                    ps.setTimestamp(13, Timestamp.from(now));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** Newest first. */
    List<ContactRow> contacts(long caseId) {
        return jdbc.query(
                "select * from contact where case_id = ? order by contacted_at desc, id desc",
                (rs, row) -> new ContactRow(
                        rs.getLong("id"),
                        rs.getTimestamp("contacted_at").toInstant(),
                        rs.getInt("attempt"),
                        rs.getBoolean("reached"),
                        rs.getString("channel"),
                        rs.getInt("minutes_spent"),
                        rs.getString("patient_status"),
                        list(rs.getString("new_needs")),
                        rs.getBoolean("medication_concerns"),
                        list(rs.getString("barriers")),
                        rs.getString("note"),
                        rs.getString("episode_ends"),
                        rs.getString("recorded_by")),
                caseId);
    }

    /** The results of the case's latest completed assessment; empty if it has none. */
    List<StoredResult> latestAssessmentResults(long caseId) {
        return jdbc.query(
                """
                select r.instrument, r.score, r.band, r.flags from assessment_result r
                where r.administered = true and r.assessment_id = (
                    select a.id from assessment a where a.case_id = ? and a.completed_at is not null
                    order by a.completed_at desc, a.id desc fetch first 1 rows only)""",
                (rs, row) -> new StoredResult(
                        rs.getString("instrument"),
                        (Integer) rs.getObject("score"),
                        rs.getString("band"),
                        rs.getString("flags")),
                caseId);
    }

    long insertReview(long caseId, long carePlanId, String decision, String note, String reviewedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    var ps = con.prepareStatement("""
                    insert into plan_review (case_id, care_plan_id, decision, note, reviewed_by, reviewed_at)
                    values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, caseId);
                    ps.setLong(2, carePlanId);
                    ps.setString(3, decision);
                    ps.setString(4, note);
                    ps.setString(5, reviewedBy);
                    ps.setTimestamp(6, Timestamp.from(now));
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    void insertGoalOutcome(long reviewId, long goalId, String outcome) {
        jdbc.update(
                "insert into plan_review_goal (plan_review_id, goal_id, outcome) values (?, ?, ?)",
                reviewId,
                goalId,
                outcome);
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? null : String.join(",", codes);
    }

    private static List<String> list(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
