package org.carecoord.referral;

import java.util.List;

/**
 * Opens a referral for an open case outside the care plan's first round: from the API, from an outreach contact
 * that finds a new need, from a plan review. Each request becomes a referral need and one {@code referral} process
 * instance with the case number as business key.
 */
public interface ReferralRequests {

    /**
     * @param caseId      an open case
     * @param serviceType one of the plan's service codes (e.g. {@code transportation})
     * @param reason      why the patient needs it, short and free of diagnoses; may be null
     * @param actor       the user asking, or null for the system
     * @return the id of the new referral need, or of the open one when a referral for the service is already under
     *         way on the case (then nothing new is started)
     */
    long request(long caseId, String serviceType, String reason, String actor);

    /**
     * Starts one {@code referral} process for each of the services that has an open referral need on the case (the
     * new services of a revised care plan, whose needs care planning opened).
     */
    void startForOpenNeeds(long caseId, List<String> serviceTypes);
}
