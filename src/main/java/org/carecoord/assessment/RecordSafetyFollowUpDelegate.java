package org.carecoord.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/** "Record safety follow-up": what the manager did about a flagged safety concern goes on the case record. */
@Component("recordSafetyFollowUpDelegate")
class RecordSafetyFollowUpDelegate implements JavaDelegate {

    private final AssessmentService assessments;

    RecordSafetyFollowUpDelegate(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SafetyFollowUpForm form = SafetyFollowUpForm.from(execution);
        assessments.recordSafetyFollowUp(
                CaseVariables.caseId(execution),
                form.actionTaken(),
                form.patientSafe(),
                form.note(),
                CaseVariables.currentUser(execution));
        Var.removeAll(execution, SafetyFollowUpForm.FIELDS);
    }
}
