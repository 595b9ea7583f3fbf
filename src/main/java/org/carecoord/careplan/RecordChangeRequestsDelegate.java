package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Record change requests": what the patient wants changed is kept on the version; the draft form shows it. */
@Component("recordChangeRequestsDelegate")
class RecordChangeRequestsDelegate implements JavaDelegate {

    private final CarePlanService plans;

    RecordChangeRequestsDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.recordChangeRequests(
                Vars.CARE_PLAN_ID.require(execution),
                PatientReviewAnswers.from(execution).changeRequests(),
                CaseVariables.currentUser(execution));
    }
}
