package org.carecoord.referral;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's referrals: each with its provider, where it stands and its status history. */
@Component
class ReferralOverviewPart implements CaseOverviewPart {

    private final ReferralRepository referrals;

    ReferralOverviewPart(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public String section() {
        return "referrals";
    }

    @Override
    public Object of(CareCase careCase) {
        return referrals.ofCase(careCase.id());
    }
}
