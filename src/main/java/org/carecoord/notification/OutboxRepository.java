package org.carecoord.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    private static final String SELECT = """
            select o.*, c.case_number from outbox o left join care_case c on c.id = o.case_id""";
    /** Due pending rows, and rows whose sender has not finished within the timeout. */
    private static final String CLAIMABLE = """
            ((status = 'pending' and next_attempt_at <= ?) or (status = 'sending' and claimed_at < ?))""";

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String dedupeKey) {
        return jdbc.queryForObject("select count(*) from outbox where dedupe_key = ?", Long.class, dedupeKey) > 0;
    }

    /** Fails on uk_outbox_dedupe_key if the key is taken, so callers run it inside a savepoint. */
    void insert(OutboxMessage message, RenderedMail mail, Instant now, Instant sendAt) {
        OutboxMessage.Attachment attachment = message.attachment();
        jdbc.update(
                """
                insert into outbox (dedupe_key, case_id, recipient, template, subject, body_text, body_html, status,
                                    attempts, next_attempt_at, created_at, attachment_name, attachment_type,
                                    attachment_content)
                values (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?)""",
                message.dedupeKey(),
                message.caseId(),
                message.recipient(),
                message.template().fileName(),
                mail.subject(),
                mail.text(),
                mail.html(),
                Timestamp.from(sendAt),
                Timestamp.from(now),
                attachment == null ? null : attachment.fileName(),
                attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.content());
    }

    /**
     * Locks up to {@code limit} claimable rows, skipping rows another sender holds (PostgreSQL and H2 2.2+ both
     * support SKIP LOCKED), and returns their ids. Call inside a transaction.
     */
    List<Long> lockClaimable(Instant now, Instant staleBefore, int limit) {
        return jdbc.queryForList(
                "select id from outbox where " + CLAIMABLE + " order by id limit " + limit + " for update skip locked",
                Long.class,
                Timestamp.from(now),
                Timestamp.from(staleBefore));
    }

    /** Takes one locked row; the repeated condition makes the update count the proof of ownership. */
    boolean claim(long id, Instant now, Instant staleBefore) {
        return jdbc.update(
                        "update outbox set status = 'sending', claimed_at = ?, attempts = attempts + 1 "
                                + "where id = ? and " + CLAIMABLE,
                        Timestamp.from(now),
                        id,
                        Timestamp.from(now),
                        Timestamp.from(staleBefore))
                == 1;
    }

    void markSent(long id, String messageId, Instant now) {
        jdbc.update("""
                update outbox set status = 'sent', sent_at = ?, message_id = ?, last_error = null, claimed_at = null
                where id = ? and status = 'sending'""", Timestamp.from(now), messageId, id);
    }

    void scheduleRetry(long id, Instant nextAttemptAt, String error) {
        jdbc.update("""
                update outbox set status = 'pending', next_attempt_at = ?, last_error = ?, claimed_at = null
                where id = ? and status = 'sending'""", Timestamp.from(nextAttemptAt), error, id);
    }

    boolean markFailed(long id, String error) {
        return jdbc.update("""
                update outbox set status = 'failed', last_error = ?, claimed_at = null
                where id = ? and status = 'sending'""", error, id) == 1;
    }

    Optional<OutboxRow> find(long id) {
        return jdbc.query(SELECT + " where o.id = ?", OutboxRepository::map, id).stream()
                .findFirst();
    }

    Optional<OutboxRow> findByDedupeKey(String dedupeKey) {
        return jdbc.query(SELECT + " where o.dedupe_key = ?", OutboxRepository::map, dedupeKey).stream()
                .findFirst();
    }

    long countPending() {
        return jdbc.queryForObject("select count(*) from outbox where status = 'pending'", Long.class);
    }

    private static OutboxRow map(ResultSet rs, int row) throws SQLException {
        long caseId = rs.getLong("case_id");
        return new OutboxRow(
                rs.getLong("id"),
                rs.getString("dedupe_key"),
                rs.wasNull() ? null : caseId,
                rs.getString("case_number"),
                rs.getString("recipient"),
                rs.getString("template"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                rs.getString("status"),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getString("last_error"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("message_id"),
                rs.getString("attachment_name") == null
                        ? null
                        : new OutboxMessage.Attachment(
                                rs.getString("attachment_name"),
                                rs.getString("attachment_type"),
                                rs.getString("attachment_content")));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
