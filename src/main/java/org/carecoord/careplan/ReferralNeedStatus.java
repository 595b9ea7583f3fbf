package org.carecoord.careplan;

import org.carecoord.careplan.CarePlanningProcess.Coded;

/** Status of a referral need: care planning opens it; the referral stage takes it from there. */
public enum ReferralNeedStatus implements Coded {
    OPEN
}
