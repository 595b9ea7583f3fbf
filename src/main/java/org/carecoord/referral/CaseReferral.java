package org.carecoord.referral;

import java.time.Instant;
import java.util.List;

/**
 * A referral as the coordinator sees it on the case: where it stands, with whom, and every status change with who,
 * when and why (FHIR ServiceRequest/Task with the Gravity SDOH statuses).
 */
public record CaseReferral(
        long id,
        String serviceType,
        String serviceLabel,
        String status,
        String statusReason,
        int attempt,
        Long providerId,
        String providerName,
        Instant sentAt,
        List<StatusChange> history) {

    public record StatusChange(String status, String reason, String actor, Instant at) {}
}
