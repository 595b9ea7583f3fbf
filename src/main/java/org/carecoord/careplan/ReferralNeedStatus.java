package org.carecoord.careplan;

import org.carecoord.careplan.CarePlanningProcess.Coded;

/** Status of a referral need: care planning opens it; the referral stage marks it met or unmet. */
public enum ReferralNeedStatus implements Coded {
    OPEN,
    MET,
    UNMET
}
