package org.carecoord.referral;

import static org.carecoord.web.Text.blankToNull;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.RecordResponseForm;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * "Record provider response": what the provider told the coordinator on the phone, recorded exactly like an answer
 * through the link (message ReferralResponse), with the coordinator as actor. Runs in the task's transaction, so a
 * refused answer fails the task's completion and changes nothing.
 */
@Component("recordProviderResponseDelegate")
class RecordProviderResponseDelegate implements JavaDelegate {

    private static final List<String> FORM_FIELDS = List.of(RecordResponseForm.PROVIDER_ANSWER.name(),
            RecordResponseForm.DECLINE_REASON.name(), RecordResponseForm.SPOKE_WITH.name(), RecordResponseForm.ANSWER_NOTE.name());

    private final ReferralResponses responses;

    RecordProviderResponseDelegate(ReferralResponses responses) {
        this.responses = responses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String action = (String) execution.getVariable(RecordResponseForm.PROVIDER_ANSWER.name());
        String reason = blankToNull(execution.getVariable(RecordResponseForm.DECLINE_REASON.name()));
        String spokeWith = blankToNull(execution.getVariable(RecordResponseForm.SPOKE_WITH.name()));
        String note = blankToNull(execution.getVariable(RecordResponseForm.ANSWER_NOTE.name()));
        // the next follow-up form starts empty
        execution.getProcessInstance().removeVariables(FORM_FIELDS);
        responses.recordByCoordinator(ReferralSteps.referralId(execution), action,
                ReferralLink.DECLINE.equals(action) ? reason : null, note, spokeWith,
                CaseVariables.currentUser(execution));
    }
}
