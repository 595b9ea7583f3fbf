package org.carecoord.referral;

import static org.carecoord.web.Text.blankToNull;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.referral.ReferralProcess.RecordResponseForm;

/**
 * What the coordinator recorded in the follow-up, overdue or check-in form: the provider's answer on the phone
 * ({@link ReferralProcess#ANSWER_NONE} or an action of the provider's page), a decline reason, whom they spoke with
 * and a note; blanks are null.
 */
record RecordResponseAnswers(String action, String declineReason, String spokeWith, String note) {

    static RecordResponseAnswers from(VariableScope scope) {
        return new RecordResponseAnswers(
                RecordResponseForm.PROVIDER_ANSWER.get(scope),
                blankToNull(RecordResponseForm.DECLINE_REASON.get(scope)),
                blankToNull(RecordResponseForm.SPOKE_WITH.get(scope)),
                blankToNull(RecordResponseForm.ANSWER_NOTE.get(scope)));
    }
}
