package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.Vars;
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
        ApprovalAnswers approval = ApprovalAnswers.from(execution);
        plans.recordApproval(
                Vars.CARE_PLAN_ID.require(execution),
                approval.decision(),
                approval.comments(),
                CaseVariables.currentUser(execution));
    }
}
