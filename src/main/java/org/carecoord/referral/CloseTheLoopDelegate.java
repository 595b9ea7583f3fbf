package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Close the loop": the referral is completed and its need met. */
@Component("closeTheLoopDelegate")
class CloseTheLoopDelegate implements JavaDelegate {

    private final ReferralService referrals;

    CloseTheLoopDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.closeTheLoop(Vars.REFERRAL_ID.require(execution), CaseVariables.currentUser(execution));
    }
}
