package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Start new attempt": the same referral goes to another provider. */
@Component("startNewAttemptDelegate")
class StartNewAttemptDelegate implements JavaDelegate {

    private final ReferralService referrals;

    StartNewAttemptDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.startNewAttempt(Vars.REFERRAL_ID.require(execution), CaseVariables.currentUser(execution));
    }
}
