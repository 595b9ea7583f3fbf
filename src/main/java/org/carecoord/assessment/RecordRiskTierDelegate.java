package org.carecoord.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess;
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
        Object interval = execution.getVariable(AssessmentDecisions.CONTACT_INTERVAL_DAYS);
        assessments.complete(
                ((Number) execution.getVariable(AssessmentProcess.Vars.ASSESSMENT_ID.name())).longValue(),
                CaseVariables.caseId(execution),
                (String) execution.getVariable(AssessmentDecisions.RISK_TIER_VAR),
                interval instanceof Number n ? n.intValue() : null,
                (Boolean) execution.getVariable(AssessmentDecisions.PLAN_APPROVAL_REQUIRED),
                CaseVariables.currentUser(execution));
    }
}
