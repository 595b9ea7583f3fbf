package org.carecoord.referral;

import java.time.Instant;

/** A referral of a case to a provider for one service; a new attempt (another provider) keeps the row. */
record Referral(
        long id,
        long caseId,
        Long referralNeedId,
        String serviceType,
        Long providerId,
        String status,
        String statusReason,
        int attempt,
        Instant sentAt) {}
