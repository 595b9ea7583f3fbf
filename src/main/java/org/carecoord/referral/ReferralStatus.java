package org.carecoord.referral;

import org.carecoord.careplan.CarePlanningProcess.Coded;

/** FHIR Task status as the Gravity SDOH referral uses it. */
public enum ReferralStatus implements Coded {
    REQUESTED,
    ACCEPTED,
    REJECTED,
    IN_PROGRESS,
    COMPLETED,
    FAILED,
    CANCELLED
}
