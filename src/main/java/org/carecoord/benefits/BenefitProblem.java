package org.carecoord.benefits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A benefit problem on a case and where its {@code benefits-and-claims} process stands.
 *
 * @param step {@code record-problem}, {@code act}, {@code follow-up} or {@code closed}
 */
public record BenefitProblem(
        long id,
        long caseId,
        String kind,
        String kindLabel,
        String step,
        String summary,
        List<String> documentsNeeded,
        String documentsNote,
        String lastAction,
        LocalDate appealDeadline,
        Instant followUpDueAt,
        Long referralNeedId,
        String outcome,
        String outcomeReason,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Instant closedAt) {

    public static final String STEP_RECORD = "record-problem";
    public static final String STEP_ACT = "act";
    public static final String STEP_FOLLOW_UP = "follow-up";
    public static final String STEP_CLOSED = "closed";
}
