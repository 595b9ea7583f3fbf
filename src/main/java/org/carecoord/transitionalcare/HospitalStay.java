package org.carecoord.transitionalcare;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A reported hospital stay and where its transitional care stands. */
public record HospitalStay(
        long id,
        long caseId,
        String facility,
        LocalDate admittedOn,
        LocalDate dischargedOn,
        String disposition,
        Instant reportedAt,
        Instant contactDueAt,
        Instant faceToFaceDueAt,
        int contactAttempts,
        String contactOutcome,
        Instant contactDoneAt,
        Instant medicationReconciledAt,
        LocalDate faceToFaceOn,
        Instant closedAt) {

    /** LACE counts the stay in whole days; a same-day discharge counts as under one day (0). */
    public int lengthOfStayDays() {
        return (int) ChronoUnit.DAYS.between(admittedOn, dischargedOn);
    }
}
