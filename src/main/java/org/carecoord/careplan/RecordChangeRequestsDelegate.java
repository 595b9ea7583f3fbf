package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
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
        plans.recordChangeRequests(StepContext.carePlanId(execution),
                (String) execution.getVariable(ReviewForm.PATIENT_CHANGE_REQUESTS.name()), CaseVariables.currentUser(execution));
    }
}
