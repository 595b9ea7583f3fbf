package org.carecoord.conference;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.carecoord.conference.CaseConferenceProcess.ReviewFields;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * On monitoring's "Review care plan" (end): a review that asks for a case conference starts one beside the episode
 * (its own {@code case-conference} instance, same business key); the answer leaves the process.
 */
@Component("conferenceFromReviewListener")
class ConferenceFromReviewListener implements ExecutionListener {

    private final ConferenceRequests requests;

    ConferenceFromReviewListener(ConferenceRequests requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (Boolean.TRUE.equals(ReviewFields.CONFERENCE_WANTED.get(execution))) {
            requests.requestFromReview(CaseVariables.caseId(execution), CaseVariables.currentUser(execution));
        }
        ReviewFields.CONFERENCE_WANTED.remove(execution);
    }
}
