package org.carecoord.cases;

/** What is known about an episode when the referral arrives. */
public record NewCase(
        long patientId,
        String program,
        String referralSource,
        String reasonForReferral,
        String urgency,
        String openedBy) {}
