package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Close need as unmet": the referral is cancelled with the coordinator's reason. */
@Component("closeNeedUnmetDelegate")
class CloseNeedUnmetDelegate implements JavaDelegate {

    private final ReferralService referrals;

    CloseNeedUnmetDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.closeNeedUnmet(
                Vars.REFERRAL_ID.require(execution),
                ChooseAnotherAnswers.from(execution).unmetReason(),
                CaseVariables.currentUser(execution));
    }
}
