package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.Vars;
import org.springframework.stereotype.Component;

/** "Remind provider": no answer after three business days. */
@Component("remindProviderDelegate")
class RemindProviderDelegate implements JavaDelegate {

    private final ReferralService referrals;

    RemindProviderDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.remind(Vars.REFERRAL_ID.require(execution), Vars.CASE_NUMBER.get(execution));
    }
}
