package org.carecoord.careplan;

import org.carecoord.careplan.CarePlanningProcess.Coded;

/** Where an intervention stands, following FHIR CarePlan.activity.detail.status. */
public enum InterventionStatus implements Coded {
    NOT_STARTED,
    SCHEDULED,
    IN_PROGRESS,
    ON_HOLD,
    COMPLETED,
    CANCELLED,
    STOPPED,
    UNKNOWN,
    ENTERED_IN_ERROR;

    public static InterventionStatus fromCode(String code) {
        return Coded.fromCode(InterventionStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("not a InterventionStatus code: " + code));
    }
}
