package org.carecoord.monitoring;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.referral.ReferralRequests;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Refer to the revised plan's new services": care planning opened their needs; each gets its referral. */
@Component("startPlanReferralsDelegate")
class StartPlanReferralsDelegate implements JavaDelegate {

    private final ReferralRequests referrals;

    StartPlanReferralsDelegate(ReferralRequests referrals) {
        this.referrals = referrals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var services = CarePlanningProcess.Vars.REFERRAL_NEEDS.get(execution, List.of());
        if (!services.isEmpty()) {
            referrals.startForOpenNeeds(CaseVariables.caseId(execution), services);
        }
    }
}
