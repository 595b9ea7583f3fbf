package org.carecoord.careplan;

import java.time.Instant;
import java.util.List;

/** One version of a care plan as the API shows it: the plan, its problems, goals, interventions and what followed. */
record CarePlanDetails(
        long carePlanId,
        long caseId,
        int version,
        String status,
        String riskTier,
        Integer contactIntervalDays,
        String createdBy,
        Instant createdAt,
        Instant statusChangedAt,
        List<ProblemView> problems,
        List<Goal> goals,
        List<Intervention> interventions,
        List<String> barriers,
        String barrierNote,
        List<String> educationTopics,
        List<String> referralServices,
        CarePlan.Approval approval,
        CarePlan.PatientReview patientReview,
        List<ReferralNeedView> referralNeeds,
        List<EducationView> education) {

    record ProblemView(String code, boolean suggested) {}

    record ReferralNeedView(String serviceType, String status) {}

    record EducationView(
            List<String> topicsCovered,
            boolean teachBackConfirmed,
            List<String> materialsGiven,
            String recordedBy,
            Instant recordedAt) {}

    /** One line per version in the list of a case's plans. */
    record Summary(
            long carePlanId,
            int version,
            String status,
            String createdBy,
            Instant createdAt,
            String approvalDecision,
            String patientDecision,
            Instant statusChangedAt) {

        static Summary of(CarePlan plan) {
            return new Summary(
                    plan.id(),
                    plan.version(),
                    plan.status().code(),
                    plan.createdBy(),
                    plan.createdAt(),
                    plan.approval() == null ? null : plan.approval().decision(),
                    plan.patientReview() == null ? null : plan.patientReview().decision(),
                    plan.statusChangedAt());
        }
    }
}
