package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Open referral": a referral in status requested, and the providers to choose from. */
@Component("openReferralDelegate")
class OpenReferralDelegate implements JavaDelegate {

    private final ReferralService referrals;

    OpenReferralDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String serviceType = (String) execution.getVariable(Vars.SERVICE_TYPE);
        Number needId = (Number) execution.getVariable(Vars.REFERRAL_NEED_ID);
        long referralId = referrals.open(CaseVariables.caseId(execution), needId == null ? null : needId.longValue(),
                serviceType, CaseVariables.currentUser(execution));
        execution.setVariable(Vars.REFERRAL_ID, referralId);
        execution.setVariable(Vars.PROVIDER_OPTIONS, org.carecoord.variables.JsonVariables.json(
                referrals.providerOptions(serviceType, (String) execution.getVariable(Vars.LANGUAGE))));
    }
}
