package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Stop other referral processes": ad-hoc referral instances of the case end with reason "patient discharged". */
@Component("stopReferralProcessesDelegate")
class StopReferralProcessesDelegate implements JavaDelegate {

    private final ReferralInstances referralInstances;

    StopReferralProcessesDelegate(ReferralInstances referralInstances) {
        this.referralInstances = referralInstances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        referralInstances.endAdHocReferrals(execution);
    }
}
