package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which answer a referral takes in which status (FHIR/Gravity: requested → accepted → in-progress → completed). */
class ReferralAnswersTest {

    @Test
    void aRequestedReferralIsAcceptedOrDeclinedButNotYetStartedOrCompleted() {
        assertThat(ReferralResponses.allowedNow(ReferralLink.ACCEPT, "requested"))
                .isTrue();
        assertThat(ReferralResponses.allowedNow(ReferralLink.DECLINE, "requested"))
                .isTrue();
        assertThat(ReferralResponses.allowedNow(ReferralLink.START, "requested"))
                .isFalse();
        assertThat(ReferralResponses.allowedNow(ReferralLink.COMPLETE, "requested"))
                .isFalse();
    }

    @Test
    void anAcceptedReferralStartsOnceAndThenCompletesOrFails() {
        assertThat(ReferralResponses.allowedNow(ReferralLink.START, "accepted")).isTrue();
        assertThat(ReferralResponses.allowedNow(ReferralLink.START, "in-progress"))
                .isFalse();
        assertThat(ReferralResponses.allowedNow(ReferralLink.COMPLETE, "accepted"))
                .isTrue();
        assertThat(ReferralResponses.allowedNow(ReferralLink.COMPLETE, "in-progress"))
                .isTrue();
        assertThat(ReferralResponses.allowedNow(ReferralLink.FAIL, "in-progress"))
                .isTrue();
        assertThat(ReferralResponses.allowedNow(ReferralLink.ACCEPT, "accepted"))
                .isFalse();
    }

    @Test
    void aClosedReferralTakesNoAnswer() {
        for (String status : new String[] {"completed", "failed", "rejected", "cancelled"}) {
            for (String action : new String[] {
                ReferralLink.ACCEPT, ReferralLink.DECLINE, ReferralLink.START, ReferralLink.COMPLETE, ReferralLink.FAIL
            }) {
                assertThat(ReferralResponses.allowedNow(action, status))
                        .as(action + " when " + status)
                        .isFalse();
            }
        }
    }

    @Test
    void theOutcomeLinkAllowsStartedCompletedAndFailed() {
        assertThat(new ReferralLink(1, 1, ReferralLink.OUTCOME, null).actions())
                .containsExactly(ReferralLink.START, ReferralLink.COMPLETE, ReferralLink.FAIL);
    }

    @Test
    void coordinatorsReadAnswersAndServicesAsWords() {
        assertThat(ReferralLabels.responseSummary(ReferralProcess.RESPONSE_DECLINED, "client-declined"))
                .isEqualTo("Declined: the patient declined");
        assertThat(ReferralLabels.responseSummary(ReferralProcess.RESPONSE_STARTED, null))
                .isEqualTo("Service started");
        assertThat(ReferralLabels.service("financial-counseling")).isEqualTo("Financial counseling / payment plan");
    }
}
