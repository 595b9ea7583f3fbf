package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Revoke plan": the patient declined; the plan is revoked and the episode learns the outcome. */
@Component("revokePlanDelegate")
class RevokePlanDelegate implements JavaDelegate {

    private final CarePlanService plans;

    RevokePlanDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.decline(Vars.CARE_PLAN_ID.require(execution), CaseVariables.currentUser(execution));
        Vars.CARE_PLAN_OUTCOME.set(execution, CarePlanningProcess.OUTCOME_DECLINED);
    }
}
