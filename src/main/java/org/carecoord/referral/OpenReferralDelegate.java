package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.JsonVariables;
import org.springframework.stereotype.Component;

/** "Open referral": a referral in status requested, and the providers to choose from, in the patient's language first. */
@Component("openReferralDelegate")
class OpenReferralDelegate implements JavaDelegate {

    private final ReferralService referrals;

    OpenReferralDelegate(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String serviceType = Vars.SERVICE_TYPE.get(execution);
        long caseId = CaseVariables.caseId(execution);
        long referralId = referrals.open(
                caseId, Vars.REFERRAL_NEED_ID.get(execution), serviceType, CaseVariables.currentUser(execution));
        String language = referrals.language(caseId, Vars.LANGUAGE.get(execution));
        Vars.REFERRAL_ID.set(execution, referralId);
        Vars.LANGUAGE.set(execution, language);
        Vars.SERVICE_LABEL.set(execution, ReferralService.serviceLabel(serviceType));
        Vars.PROVIDER_OPTIONS.set(execution, JsonVariables.tree(referrals.providerOptions(serviceType, language)));
    }
}
