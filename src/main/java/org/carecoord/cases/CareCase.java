package org.carecoord.cases;

import java.time.Instant;

/** One patient's care episode, identified to people by its case number. */
public record CareCase(
        long id,
        String caseNumber,
        long patientId,
        CaseStatus status,
        String statusReason,
        String statusNote,
        String program,
        String referralSource,
        String reasonForReferral,
        String urgency,
        String coordinatorId,
        String processInstanceId,
        Instant openedAt,
        Instant closedAt) {

    public boolean isUrgent() {
        return "urgent".equals(urgency);
    }
}
