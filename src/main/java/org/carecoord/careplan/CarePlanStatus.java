package org.carecoord.careplan;

import org.carecoord.careplan.CarePlanningProcess.Coded;

/** Status of one version of a care plan, following FHIR CarePlan.status. */
public enum CarePlanStatus implements Coded {
    DRAFT,
    ACTIVE,
    ON_HOLD,
    REVOKED,
    COMPLETED,
    ENTERED_IN_ERROR,
    UNKNOWN;

    public static CarePlanStatus fromCode(String code) {
        return Coded.fromCode(CarePlanStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("not a CarePlanStatus code: " + code));
    }
}
