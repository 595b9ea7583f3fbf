package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Cancel open referrals": each open referral is cancelled with history, and its provider told. */
@Component("cancelOpenReferralsDelegate")
class CancelOpenReferralsDelegate implements JavaDelegate {

    private final DischargeService discharges;

    CancelOpenReferralsDelegate(DischargeService discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        discharges.cancelOpenReferrals(
                CaseVariables.caseId(execution), Vars.CASE_NUMBER.get(execution), Vars.CASE_COORDINATOR.get(execution));
    }
}
