package org.carecoord.monitoring;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.referral.ReferralRequests;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Request referrals": one ad-hoc referral per new service need the contact found. */
@Component("requestReferralsDelegate")
class RequestReferralsDelegate implements JavaDelegate {

    /** Short and free of diagnoses: it may reach a provider. */
    static final String REASON = "new need found at an outreach contact";

    private final ReferralRequests referrals;

    RequestReferralsDelegate(ReferralRequests referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        String actor = CaseVariables.currentUser(execution);
        for (String serviceType : Vars.NEW_SERVICE_NEEDS.get(execution, List.of())) {
            referrals.request(caseId, serviceType, REASON, actor);
        }
    }
}
