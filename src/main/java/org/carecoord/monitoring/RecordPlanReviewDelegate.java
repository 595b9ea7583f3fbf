package org.carecoord.monitoring;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.ReviewForm;
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
        List<String> outcomes = ReviewForm.GOAL_OUTCOMES.stream()
                .map(field -> (String) execution.getVariable(field)).toList();
        monitoring.recordReview(CaseVariables.caseId(execution),
                ((Number) execution.getVariable(Vars.CARE_PLAN_ID.name())).longValue(), outcomes,
                (String) execution.getVariable(ReviewForm.REVIEW_DECISION.name()),
                (String) execution.getVariable(ReviewForm.REVIEW_NOTE.name()), CaseVariables.currentUser(execution));
        execution.setVariable(Vars.REVIEWED_RISK_TIER.name(), execution.getVariable(Vars.RISK_TIER.name()));
        execution.setVariable(Vars.REVIEW_DUE_ON.name(), settings.nextReviewOn());
    }
}
