package org.carecoord.careplan;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;

/** What the coordinator recorded in "Review plan with patient": the decision, and how or what to change. */
record PatientReviewAnswers(String decision, LocalDate agreedOn, String agreedHow, String changeRequests) {

    static PatientReviewAnswers from(VariableScope scope) {
        return new PatientReviewAnswers(
                ReviewForm.PATIENT_DECISION.get(scope),
                ReviewForm.AGREED_ON.get(scope),
                ReviewForm.AGREED_HOW.get(scope),
                ReviewForm.PATIENT_CHANGE_REQUESTS.get(scope));
    }
}
