package org.carecoord.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Record plan review": outcomes per goal and the decision on the case record; the next review is scheduled. */
@Component("recordPlanReviewDelegate")
class RecordPlanReviewDelegate implements JavaDelegate {

    private final MonitoringService monitoring;
    private final MonitoringSettings settings;

    RecordPlanReviewDelegate(MonitoringService monitoring, MonitoringSettings settings) {
        this.monitoring = monitoring;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PlanReviewAnswers review = PlanReviewAnswers.from(execution);
        monitoring.recordReview(
                CaseVariables.caseId(execution),
                Vars.CARE_PLAN_ID.require(execution),
                review.goalOutcomes(),
                review.decision(),
                review.note(),
                CaseVariables.currentUser(execution));
        Vars.REVIEWED_RISK_TIER.set(execution, Vars.RISK_TIER.get(execution));
        Vars.REVIEW_DUE_ON.set(execution, settings.nextReviewOn());
    }
}
