package org.carecoord.referral;

import java.time.Instant;
import java.util.List;

/**
 * What a signed response link allows: one referral attempt, one purpose, until it expires.
 *
 * @param purpose {@link #RESPOND} (accept or decline) or {@link #OUTCOME} (started, then completed or failed)
 */
record ReferralLink(long referralId, int attempt, String purpose, Instant expiresAt) {

    static final String RESPOND = "respond";
    static final String OUTCOME = "outcome";

    static final String ACCEPT = "accept";
    static final String DECLINE = "decline";
    /** The service has started (FHIR/Gravity in-progress); the same link then reports the outcome. */
    static final String START = "start";

    static final String COMPLETE = "complete";
    static final String FAIL = "fail";

    /** Why a provider declines (Gravity SDOH-like codes). */
    static final List<String> DECLINE_REASONS =
            List.of("no-capacity", "not-eligible", "could-not-contact", "client-declined", "other");

    /** Null-safe: {@code List.of(…).contains(null)} throws, and a missing reason is an answer to ask again for. */
    static boolean isDeclineReason(String reason) {
        return reason != null && DECLINE_REASONS.contains(reason);
    }

    boolean allows(String action) {
        return action != null && actions().contains(action);
    }

    List<String> actions() {
        return RESPOND.equals(purpose) ? List.of(ACCEPT, DECLINE) : List.of(START, COMPLETE, FAIL);
    }
}
