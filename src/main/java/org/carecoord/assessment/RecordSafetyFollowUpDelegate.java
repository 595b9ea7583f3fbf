package org.carecoord.assessment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.CaseVariables;
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
        assessments.recordSafetyFollowUp(
                CaseVariables.caseId(execution),
                (String) execution.getVariable(CareEpisodeProcess.SafetyFields.ACTION_TAKEN.name()),
                CareEpisodeProcess.YES.equals(execution.getVariable(CareEpisodeProcess.SafetyFields.PATIENT_SAFE.name())),
                (String) execution.getVariable(CareEpisodeProcess.SafetyFields.NOTE.name()),
                CaseVariables.currentUser(execution));
        execution.removeVariables(List.of(CareEpisodeProcess.SafetyFields.ACTION_TAKEN.name(),
                CareEpisodeProcess.SafetyFields.PATIENT_SAFE.name(), CareEpisodeProcess.SafetyFields.NOTE.name()));
    }
}
