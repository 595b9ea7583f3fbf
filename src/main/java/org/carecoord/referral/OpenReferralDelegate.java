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
        String serviceType = (String) execution.getVariable(Vars.SERVICE_TYPE.name());
        Number needId = (Number) execution.getVariable(Vars.REFERRAL_NEED_ID.name());
        long caseId = CaseVariables.caseId(execution);
        long referralId = referrals.open(caseId, needId == null ? null : needId.longValue(), serviceType,
                CaseVariables.currentUser(execution));
        String language = referrals.language(caseId, (String) execution.getVariable(Vars.LANGUAGE.name()));
        execution.setVariable(Vars.REFERRAL_ID.name(), referralId);
        execution.setVariable(Vars.LANGUAGE.name(), language);
        execution.setVariable(Vars.SERVICE_LABEL.name(), ReferralService.serviceLabel(serviceType));
        execution.setVariable(Vars.PROVIDER_OPTIONS.name(), JsonVariables.json(
                referrals.providerOptions(serviceType, language)));
    }
}
