package org.carecoord.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class BreakGlassRepository {

    /** A break-the-glass access as managers see it. */
    record Grant(
            long id,
            long caseId,
            String caseNumber,
            String userId,
            String reason,
            Instant grantedAt,
            Instant expiresAt) {}

    private final JdbcTemplate jdbc;

    BreakGlassRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> activeReason(String userId, long caseId, Instant now) {
        return jdbc
                .query(
                        "select reason from break_glass_grant where user_id = ? and case_id = ? and expires_at > ?"
                                + " order by expires_at desc limit 1",
                        (row, i) -> row.getString("reason"),
                        userId,
                        caseId,
                        Timestamp.from(now))
                .stream()
                .findFirst();
    }

    void insert(long caseId, String userId, String reason, Instant grantedAt, Instant expiresAt) {
        jdbc.update(
                "insert into break_glass_grant (case_id, user_id, reason, granted_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)",
                caseId,
                userId,
                reason,
                Timestamp.from(grantedAt),
                Timestamp.from(expiresAt));
    }

    List<Grant> since(Instant since, int limit) {
        return jdbc.query(
                """
                select g.id, g.case_id, c.case_number, g.user_id, g.reason, g.granted_at, g.expires_at
                from break_glass_grant g join care_case c on c.id = g.case_id
                where g.granted_at >= ? order by g.id desc limit ?
                """,
                (row, i) -> new Grant(
                        row.getLong("id"),
                        row.getLong("case_id"),
                        row.getString("case_number"),
                        row.getString("user_id"),
                        row.getString("reason"),
                        row.getTimestamp("granted_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant()),
                Timestamp.from(since),
                limit);
    }
}
