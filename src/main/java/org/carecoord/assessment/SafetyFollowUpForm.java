package org.carecoord.assessment;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.SafetyFields;
import org.carecoord.variables.Var;

/** The managers' "Safety follow-up" form as submitted: what was done, and whether the patient is safe now. */
record SafetyFollowUpForm(String actionTaken, boolean patientSafe, String note) {

    static final List<Var<String>> FIELDS =
            List.of(SafetyFields.ACTION_TAKEN, SafetyFields.PATIENT_SAFE, SafetyFields.NOTE);

    static SafetyFollowUpForm from(VariableScope scope) {
        return new SafetyFollowUpForm(
                SafetyFields.ACTION_TAKEN.get(scope),
                CareEpisodeProcess.YES.equals(SafetyFields.PATIENT_SAFE.get(scope)),
                SafetyFields.NOTE.get(scope));
    }
}
