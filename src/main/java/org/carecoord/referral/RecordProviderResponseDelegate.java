package org.carecoord.referral;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.referral.ReferralProcess.RecordResponseForm;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/**
 * "Record provider response": what the provider told the coordinator on the phone, recorded exactly like an answer
 * through the link (message ReferralResponse), with the coordinator as actor. Runs in the task's transaction, so a
 * refused answer fails the task's completion and changes nothing.
 */
@Component("recordProviderResponseDelegate")
class RecordProviderResponseDelegate implements JavaDelegate {

    private static final List<Var<String>> FORM_FIELDS = List.of(
            RecordResponseForm.PROVIDER_ANSWER,
            RecordResponseForm.DECLINE_REASON,
            RecordResponseForm.SPOKE_WITH,
            RecordResponseForm.ANSWER_NOTE);

    private final ReferralResponses responses;

    RecordProviderResponseDelegate(ReferralResponses responses) {
        this.responses = responses;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecordResponseAnswers answer = RecordResponseAnswers.from(execution);
        // the next follow-up form starts empty
        Var.removeAll(execution.getProcessInstance(), FORM_FIELDS);
        responses.recordByCoordinator(
                Vars.REFERRAL_ID.require(execution),
                answer.action(),
                ReferralLink.DECLINE.equals(answer.action()) ? answer.declineReason() : null,
                answer.note(),
                answer.spokeWith(),
                CaseVariables.currentUser(execution));
    }
}
