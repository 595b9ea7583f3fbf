package org.carecoord.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Open assessment": a new assessment round on the case record, which the instruments' results belong to. */
@Component("openAssessmentDelegate")
class OpenAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    OpenAssessmentDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        AssessmentProcess.Vars.ASSESSMENT_ID.set(execution, assessments.open(caseId, execution.getProcessInstanceId()));
    }
}
