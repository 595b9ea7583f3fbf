package org.carecoord.careplan;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.ApprovalForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.JsonVariables;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/**
 * "Save care plan": the draft becomes the case's next plan version, and its goals and interventions are listed for
 * the approval and review forms. The comments that sent an earlier version back are on that version now, so they
 * leave the process and do not greet the next approver or review.
 */
@Component("saveCarePlanDelegate")
class SaveCarePlanDelegate implements JavaDelegate {

    private static final List<Var<?>> ANSWERS_TO_EARLIER_VERSION = List.of(
            ApprovalForm.APPROVAL_DECISION,
            ApprovalForm.APPROVAL_COMMENTS,
            ReviewForm.PATIENT_DECISION,
            ReviewForm.PATIENT_CHANGE_REQUESTS,
            ReviewForm.AGREED_ON,
            ReviewForm.AGREED_HOW);

    private final CarePlanService plans;

    SaveCarePlanDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanDraft draft = PlanDraft.from(execution);
        CarePlan plan = plans.saveDraft(draft, CaseVariables.currentUser(execution));
        Vars.CARE_PLAN_ID.set(execution, plan.id());
        Vars.CARE_PLAN_VERSION.set(execution, plan.version());
        Vars.GOALS.set(execution, JsonVariables.tree(draft.goalRows()));
        Vars.INTERVENTIONS.set(execution, JsonVariables.tree(draft.interventionRows()));
        Var.removeAll(execution, ANSWERS_TO_EARLIER_VERSION);
    }
}
