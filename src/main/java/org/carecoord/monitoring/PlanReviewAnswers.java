package org.carecoord.monitoring;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.monitoring.MonitoringProcess.ReviewForm;

/** What the coordinator answered in "Review care plan": an outcome per goal row (null: no such goal), the decision. */
record PlanReviewAnswers(List<String> goalOutcomes, String decision, String note) {

    static PlanReviewAnswers from(VariableScope scope) {
        return new PlanReviewAnswers(
                ReviewForm.GOAL_OUTCOMES.stream()
                        .map(outcome -> outcome.get(scope))
                        .toList(),
                ReviewForm.REVIEW_DECISION.get(scope),
                ReviewForm.REVIEW_NOTE.get(scope));
    }
}
