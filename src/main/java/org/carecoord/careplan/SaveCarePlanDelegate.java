package org.carecoord.careplan;

import org.carecoord.variables.JsonVariables;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.ApprovalForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * "Save care plan": the draft becomes the case's next plan version, and its goals and interventions are listed for
 * the approval and review forms. The comments that sent an earlier version back are on that version now, so they
 * leave the process and do not greet the next approver or review.
 */
@Component("saveCarePlanDelegate")
class SaveCarePlanDelegate implements JavaDelegate {

    private static final List<String> ANSWERS_TO_EARLIER_VERSION = List.of(ApprovalForm.APPROVAL_DECISION.name(),
            ApprovalForm.APPROVAL_COMMENTS.name(), ReviewForm.PATIENT_DECISION.name(), ReviewForm.PATIENT_CHANGE_REQUESTS.name(),
            ReviewForm.AGREED_ON.name(), ReviewForm.AGREED_HOW.name());

    private final CarePlanService plans;

    SaveCarePlanDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanDraft draft = PlanDraft.read(execution.getVariables());
        CarePlan plan = plans.saveDraft(draft, CaseVariables.currentUser(execution));
        execution.setVariable(Vars.CARE_PLAN_ID.name(), plan.id());
        execution.setVariable(Vars.CARE_PLAN_VERSION.name(), plan.version());
        execution.setVariable(Vars.GOALS.name(), JsonVariables.json(draft.goalRows()));
        execution.setVariable(Vars.INTERVENTIONS.name(), JsonVariables.json(draft.interventionRows()));
        execution.removeVariables(ANSWERS_TO_EARLIER_VERSION);
    }
}
