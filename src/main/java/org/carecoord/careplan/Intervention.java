package org.carecoord.careplan;

import java.time.LocalDate;

/**
 * What is done for one of the plan's problems, by whom and by when (FHIR CarePlan.activity); {@code statusReason}
 * says why it was stopped or cancelled (e.g. the referral need closed as unmet).
 */
record Intervention(
        String problem,
        String action,
        String responsible,
        LocalDate dueDate,
        InterventionStatus status,
        String statusReason) {

    Intervention(String problem, String action, String responsible, LocalDate dueDate, InterventionStatus status) {
        this(problem, action, responsible, dueDate, status, null);
    }
}
