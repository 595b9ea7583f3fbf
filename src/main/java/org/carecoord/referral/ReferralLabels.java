package org.carecoord.referral;

import java.util.Map;

/** What coordinators read instead of codes: service types, answers and decline reasons as words. */
final class ReferralLabels {

    private static final Map<String, String> SERVICES = Map.of(
            "primary-care", "Primary care",
            "behavioral-health", "Behavioral health",
            "specialist", "Specialist",
            "home-care", "Home care",
            "transportation", "Transportation",
            "food-assistance", "Food assistance",
            "housing", "Housing",
            "utility-assistance", "Utility assistance",
            "financial-counseling", "Financial counseling / payment plan");

    private static final Map<String, String> RESPONSES = Map.of(
            ReferralProcess.RESPONSE_ACCEPTED, "Accepted",
            ReferralProcess.RESPONSE_DECLINED, "Declined",
            ReferralProcess.RESPONSE_STARTED, "Service started",
            ReferralProcess.RESPONSE_COMPLETED, "Service completed",
            ReferralProcess.RESPONSE_FAILED, "Service could not be delivered");

    private static final Map<String, String> DECLINE_REASONS = Map.of(
            "no-capacity", "no capacity",
            "not-eligible", "not eligible",
            "could-not-contact", "could not contact the patient",
            "client-declined", "the patient declined",
            "other", "other reason");

    private ReferralLabels() {}

    static String service(String code) {
        return code == null ? "" : SERVICES.getOrDefault(code, code.replace('-', ' '));
    }

    static String declineReason(String code) {
        return code == null ? null : DECLINE_REASONS.getOrDefault(code, code.replace('-', ' '));
    }

    /** E.g. "Declined: no capacity". */
    static String responseSummary(String response, String reason) {
        String label = RESPONSES.getOrDefault(response, response);
        return reason == null ? label : label + ": " + declineReason(reason);
    }
}
