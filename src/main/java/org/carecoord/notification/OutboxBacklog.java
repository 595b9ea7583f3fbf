package org.carecoord.notification;

import java.time.Duration;

/**
 * The outbox's undelivered mail at one moment: waiting (first attempt or a retry), being sent, and given up after the
 * last attempt; and how long the oldest waiting message has waited since it was queued (zero when none waits).
 */
public record OutboxBacklog(long pending, long sending, long failed, Duration oldestPendingAge) {}
