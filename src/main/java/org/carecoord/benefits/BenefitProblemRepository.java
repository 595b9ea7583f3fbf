package org.carecoord.benefits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.carecoord.benefits.BenefitsProcess.ProblemKind;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class BenefitProblemRepository {

    private final JdbcTemplate jdbc;

    BenefitProblemRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, String kind, String summary, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement("""
                    insert into benefit_problem (case_id, kind, step, summary, created_by, created_at, updated_by,
                                                 updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    statement.setLong(1, caseId);
                    statement.setString(2, kind);
                    statement.setString(3, BenefitProblem.STEP_RECORD);
                    statement.setString(4, summary);
                    statement.setString(5, actor);
                    statement.setTimestamp(6, Timestamp.from(now));
                    statement.setString(7, actor);
                    statement.setTimestamp(8, Timestamp.from(now));
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }

    void processStarted(long id, String processInstanceId) {
        jdbc.update("update benefit_problem set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    void recorded(long id, String summary, List<String> documents, String documentsNote, String actor, Instant now) {
        jdbc.update(
                """
                update benefit_problem set summary = ?, documents_needed = ?, documents_note = ?, step = ?,
                                           updated_by = ?, updated_at = ?
                where id = ?""",
                summary,
                documents.isEmpty() ? null : String.join(",", documents),
                documentsNote,
                BenefitProblem.STEP_ACT,
                actor,
                Timestamp.from(now),
                id);
    }

    void acted(
            long id,
            String action,
            LocalDate appealDeadline,
            Instant followUpDue,
            Long referralNeedId,
            String actor,
            Instant now) {
        jdbc.update(
                """
                update benefit_problem set last_action = ?, appeal_deadline = coalesce(?, appeal_deadline),
                                           follow_up_due_at = ?, referral_need_id = coalesce(?, referral_need_id),
                                           step = ?, updated_by = ?, updated_at = ?
                where id = ?""",
                action,
                appealDeadline,
                Timestamp.from(followUpDue),
                referralNeedId,
                BenefitProblem.STEP_FOLLOW_UP,
                actor,
                Timestamp.from(now),
                id);
    }

    /** The follow-up's outcome: {@code act-again} sends the problem back to "act", the others close it. */
    void outcome(long id, String outcome, String reason, boolean closed, String actor, Instant now) {
        jdbc.update(
                """
                update benefit_problem set outcome = ?, outcome_reason = ?, step = ?, follow_up_due_at = null,
                                           updated_by = ?, updated_at = ?, closed_at = ?
                where id = ?""",
                outcome,
                reason,
                closed ? BenefitProblem.STEP_CLOSED : BenefitProblem.STEP_ACT,
                actor,
                Timestamp.from(now),
                closed ? Timestamp.from(now) : null,
                id);
    }

    void addAction(
            long id, String kind, String detail, LocalDate appealDeadline, String note, String actor, Instant at) {
        jdbc.update("""
                insert into benefit_problem_action (benefit_problem_id, kind, detail, appeal_deadline, note,
                                                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", id, kind, detail, appealDeadline, note, actor, Timestamp.from(at));
    }

    Optional<BenefitProblem> find(long id) {
        return jdbc.query("select * from benefit_problem where id = ?", BenefitProblemRepository::map, id).stream()
                .findFirst();
    }

    List<BenefitProblem> ofCase(long caseId) {
        return jdbc.query(
                "select * from benefit_problem where case_id = ? order by closed_at desc nulls first, id desc",
                BenefitProblemRepository::map,
                caseId);
    }

    private static BenefitProblem map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        String documents = rs.getString("documents_needed");
        Timestamp followUp = rs.getTimestamp("follow_up_due_at");
        Timestamp closed = rs.getTimestamp("closed_at");
        Number needId = (Number) rs.getObject("referral_need_id");
        return new BenefitProblem(
                rs.getLong("id"),
                rs.getLong("case_id"),
                kind,
                Coded.fromCode(ProblemKind.class, kind).map(ProblemKind::label).orElse(kind),
                rs.getString("step"),
                rs.getString("summary"),
                documents == null ? List.of() : Arrays.asList(documents.split(",")),
                rs.getString("documents_note"),
                rs.getString("last_action"),
                rs.getObject("appeal_deadline", LocalDate.class),
                followUp == null ? null : followUp.toInstant(),
                needId == null ? null : needId.longValue(),
                rs.getString("outcome"),
                rs.getString("outcome_reason"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}
