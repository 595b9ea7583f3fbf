package org.carecoord.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.assessment.AssessmentProcess.Scores;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Record risk tier": the assessment's tier and contact interval go on the assessment and the case. */
@Component("recordRiskTierDelegate")
class RecordRiskTierDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    RecordRiskTierDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.complete(
                AssessmentProcess.Vars.ASSESSMENT_ID.require(execution),
                CaseVariables.caseId(execution),
                Scores.RISK_TIER.get(execution),
                Scores.CONTACT_INTERVAL_DAYS.get(execution),
                Scores.PLAN_APPROVAL_REQUIRED.get(execution),
                CaseVariables.currentUser(execution));
    }
}
