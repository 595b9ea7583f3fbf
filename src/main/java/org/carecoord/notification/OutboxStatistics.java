package org.carecoord.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts the outbox's undelivered rows for operators (metrics): one grouped query, along ix_outbox_due. */
@Component
public class OutboxStatistics {

    private final JdbcTemplate jdbc;

    OutboxStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OutboxBacklog backlog(Instant now) {
        long[] counts = new long[3];
        Instant[] oldestPending = {null};
        jdbc.query("""
                select status, count(*) as n, min(created_at) as oldest from outbox
                where status in ('pending', 'sending', 'failed') group by status""", row -> {
            String status = row.getString("status");
            long n = row.getLong("n");
            switch (status) {
                case OutboxRepository.PENDING -> {
                    counts[0] = n;
                    Timestamp oldest = row.getTimestamp("oldest");
                    oldestPending[0] = oldest == null ? null : oldest.toInstant();
                }
                case OutboxRepository.SENDING -> counts[1] = n;
                default -> counts[2] = n;
            }
        });
        Duration age = oldestPending[0] == null || oldestPending[0].isAfter(now)
                ? Duration.ZERO
                : Duration.between(oldestPending[0], now);
        return new OutboxBacklog(counts[0], counts[1], counts[2], age);
    }
}
