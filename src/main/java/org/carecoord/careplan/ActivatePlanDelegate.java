package org.carecoord.careplan;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.Vars;
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
        PatientReviewAnswers review = PatientReviewAnswers.from(execution);
        List<String> services = plans.activate(
                Vars.CARE_PLAN_ID.require(execution),
                review.agreedOn(),
                review.agreedHow(),
                CaseVariables.currentUser(execution));
        Vars.REFERRAL_NEEDS.set(execution, services);
        Vars.CARE_PLAN_OUTCOME.set(execution, CarePlanningProcess.OUTCOME_ACTIVE);
    }
}
