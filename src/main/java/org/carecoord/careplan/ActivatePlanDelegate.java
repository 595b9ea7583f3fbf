package org.carecoord.careplan;

import org.carecoord.variables.JsonVariables;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.variables.FormDates;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Activate plan": the patient agreed; the plan is active and its services are handed on as referral needs. */
@Component("activatePlanDelegate")
class ActivatePlanDelegate implements JavaDelegate {

    private final CarePlanService plans;

    ActivatePlanDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> services = plans.activate(StepContext.carePlanId(execution),
                FormDates.parse(execution.getVariable(ReviewForm.AGREED_ON.name())),
                (String) execution.getVariable(ReviewForm.AGREED_HOW.name()), CaseVariables.currentUser(execution));
        execution.setVariable(Vars.REFERRAL_NEEDS.name(), JsonVariables.javaList(services));
        execution.setVariable(Vars.CARE_PLAN_OUTCOME.name(), CarePlanningProcess.OUTCOME_ACTIVE);
    }

}
