package org.carecoord.intake;

import java.util.concurrent.atomic.AtomicLong;

/** Referral request bodies for the ITs of every stage that starts from a referral. */
public final class IntakeApiITFixtures {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

    private IntakeApiITFixtures() {}

    public static String uniqueName() {
        // letters only, so the name is a plausible surname and unique per test
        long n = UNIQUE.incrementAndGet();
        StringBuilder name = new StringBuilder("Test");
        while (n > 0) {
            name.append((char) ('a' + n % 26));
            n /= 26;
        }
        return name.toString();
    }

    public static String referral(String first, String last, String dateOfBirth, String urgency) {
        return """
                {"patient": {"firstName": "%s", "lastName": "%s", "dateOfBirth": "%s", "sex": "female",
                             "phone": "+1 555 0100 200", "email": "patient@example.org",
                             "address": "12 Elm St, Springfield", "preferredLanguage": "en", "guardianName": null},
                 "program": "chronic-care", "referralSource": "hospital",
                 "reasonForReferral": "two admissions this year, missed follow-ups", "urgency": "%s"}""".formatted(first, last, dateOfBirth, urgency);
    }

    /** Record consent's answers for a patient who consents verbally, shares with providers and prefers e-mail. */
    public static java.util.Map<String, Object> consentGivenByEmail() {
        return java.util.Map.of(
                IntakeProcess.Vars.CONSENT_DECISION.name(),
                IntakeProcess.CONSENT_GIVEN,
                IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                true,
                IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                "patient",
                IntakeProcess.Vars.CONSENT_METHOD.name(),
                "verbal",
                IntakeProcess.Vars.CONTACT_PREFERENCE.name(),
                "email");
    }
}
