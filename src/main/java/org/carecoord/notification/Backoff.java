package org.carecoord.notification;

import java.time.Duration;

/** Exponential back-off: the base after the first failed attempt, doubling after each further one. */
final class Backoff {

    private Backoff() {}

    /** How long to wait after the given number of failed attempts (1, 2, …). */
    static Duration after(int failedAttempts, Duration base) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        return base.multipliedBy(1L << doublings);
    }
}
