package org.carecoord.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail. Each record commits on its own, so a refused or failed request is recorded too (its
 * own transaction rolls back; the audit row stays). There is no update or delete here, and none anywhere else.
 */
@Component
public class AuditLog {

    private static final String COLUMNS = "id, occurred_at, user_id, case_id, case_number, action, resource, basis, "
            + "outcome, client_address, reason";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public void record(AuditRecord entry) {
        Instant now = Instant.now(clock);
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                """
                insert into audit_event (occurred_at, user_id, case_id, case_number, action, resource, basis,
                                         outcome, client_address, reason)
                values (?, ?, coalesce(?, (select id from care_case where case_number = ?)),
                        coalesce(?, (select case_number from care_case where id = ?)), ?, ?, ?, ?, ?, ?)
                """,
                Timestamp.from(now),
                entry.userId(),
                entry.caseId(),
                entry.caseNumber(),
                entry.caseNumber(),
                entry.caseId(),
                entry.action(),
                truncate(entry.resource(), 200),
                entry.basis(),
                entry.granted() ? "granted" : "denied",
                truncate(entry.clientAddress(), 64),
                truncate(entry.reason(), 500)));
    }

    /** A case's audit trail, newest first. */
    public List<AuditEvent> ofCase(long caseId, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from audit_event where case_id = ? order by id desc limit ?",
                AuditLog::map,
                caseId,
                limit);
    }

    /** One kind of record since a moment, newest first (e.g. every break-the-glass access of the last week). */
    public List<AuditEvent> since(Instant since, String action, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from audit_event where occurred_at >= ? and action = ?"
                        + " order by id desc limit ?",
                AuditLog::map,
                Timestamp.from(since),
                action,
                limit);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static AuditEvent map(ResultSet row, int index) throws SQLException {
        return new AuditEvent(
                row.getLong("id"),
                row.getTimestamp("occurred_at").toInstant(),
                row.getString("user_id"),
                row.getObject("case_id", Long.class),
                row.getString("case_number"),
                row.getString("action"),
                row.getString("resource"),
                row.getString("basis"),
                row.getString("outcome"),
                row.getString("client_address"),
                row.getString("reason"));
    }
}
