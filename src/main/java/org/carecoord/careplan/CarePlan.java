package org.carecoord.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a case's care plan (FHIR CarePlan), without its problems, goals and interventions. */
record CarePlan(
        long id,
        long caseId,
        int version,
        CarePlanStatus status,
        String riskTier,
        Integer contactIntervalDays,
        List<String> barriers,
        String barrierNote,
        List<String> educationTopics,
        List<String> referralServices,
        String createdBy,
        Instant createdAt,
        Approval approval,
        PatientReview patientReview,
        Instant statusChangedAt) {

    /** A manager's decision on the plan: approve, or return with comments. */
    record Approval(String decision, String comments, String decidedBy, Instant decidedAt) {}

    /** The patient's answer to the plan: agreed (when and how), changes requested, or declined. */
    record PatientReview(
            String decision,
            String changeRequests,
            LocalDate agreedOn,
            String agreedHow,
            String recordedBy,
            Instant recordedAt) {}
}
