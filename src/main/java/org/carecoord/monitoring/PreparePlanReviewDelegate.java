package org.carecoord.monitoring;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.PlanClosure.PlanGoal;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/** "Prepare plan review": the active plan's goals as the review form's rows, no answers from the last review. */
@Component("preparePlanReviewDelegate")
class PreparePlanReviewDelegate implements JavaDelegate {

    private final MonitoringService monitoring;

    PreparePlanReviewDelegate(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the last review's answers would otherwise fill this review's form
        Var.removeAll(execution, MonitoringProcess.ReviewForm.ALL);
        List<PlanGoal> goals = monitoring.planGoals(Vars.CARE_PLAN_ID.require(execution));
        for (int i = 0; i < Vars.GOAL_LABELS.size(); i++) {
            Vars.GOAL_LABELS
                    .get(i)
                    .set(execution, i < goals.size() ? goals.get(i).labelWithMeasure() : null);
        }
    }
}
