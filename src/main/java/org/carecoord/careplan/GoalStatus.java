package org.carecoord.careplan;

import org.carecoord.careplan.CarePlanningProcess.Coded;

/** Where a goal stands, following FHIR Goal.lifecycleStatus. */
public enum GoalStatus implements Coded {
    PROPOSED,
    PLANNED,
    ACCEPTED,
    ACTIVE,
    ON_HOLD,
    COMPLETED,
    CANCELLED,
    ENTERED_IN_ERROR,
    REJECTED;

    public static GoalStatus fromCode(String code) {
        return Coded.fromCode(GoalStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("not a GoalStatus code: " + code));
    }
}
