package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.SelectProviderForm;
import org.carecoord.referral.ReferralProcess.Vars;
import org.springframework.stereotype.Component;

/** "Send referral": the chosen provider gets the referral mail with a signed response link. */
@Component("sendReferralDelegate")
class SendReferralDelegate implements JavaDelegate {

    private final ReferralService referrals;

    SendReferralDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referrals.send(
                Vars.REFERRAL_ID.require(execution),
                SelectProviderForm.PROVIDER_ID.require(execution),
                Vars.CASE_NUMBER.get(execution),
                Vars.CASE_COORDINATOR.get(execution));
    }
}
