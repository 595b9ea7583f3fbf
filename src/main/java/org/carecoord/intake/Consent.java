package org.carecoord.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.variables.CaseVariables;

/** What the patient (or whoever may act for them) agreed to, and how it was obtained. */
record Consent(
        long caseId,
        String decision,
        boolean shareWithProviders,
        String contactPreference,
        String contactTimes,
        String givenBy,
        String givenByName,
        String method,
        String recordedBy) {

    /** The "Record consent" form as submitted, on the step's case, recorded by whoever completed the form. */
    static Consent fromForm(DelegateExecution execution) {
        return new Consent(
                CaseVariables.caseId(execution),
                Vars.CONSENT_DECISION.get(execution),
                Vars.SHARE_WITH_PROVIDERS.get(execution, false),
                Vars.CONTACT_PREFERENCE.get(execution),
                Vars.CONTACT_TIMES.get(execution),
                Vars.CONSENT_GIVEN_BY.get(execution),
                Vars.CONSENT_GIVEN_BY_NAME.get(execution),
                Vars.CONSENT_METHOD.get(execution),
                CaseVariables.currentUser(execution));
    }

    boolean given() {
        return IntakeProcess.CONSENT_GIVEN.equals(decision);
    }
}
