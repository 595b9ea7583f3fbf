package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.careplan.CarePlanningProcess.ApprovalForm;

/** What the manager answered in "Approve care plan". */
record ApprovalAnswers(String decision, String comments) {

    static ApprovalAnswers from(VariableScope scope) {
        return new ApprovalAnswers(
                ApprovalForm.APPROVAL_DECISION.get(scope), ApprovalForm.APPROVAL_COMMENTS.get(scope));
    }
}
