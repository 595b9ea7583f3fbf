package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.ApprovalForm;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Record approval": the manager's decision and comments are kept on the plan version. */
@Component("recordApprovalDelegate")
class RecordApprovalDelegate implements JavaDelegate {

    private final CarePlanService plans;

    RecordApprovalDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.recordApproval(StepContext.carePlanId(execution),
                (String) execution.getVariable(ApprovalForm.APPROVAL_DECISION.name()),
                (String) execution.getVariable(ApprovalForm.APPROVAL_COMMENTS.name()), CaseVariables.currentUser(execution));
    }
}
