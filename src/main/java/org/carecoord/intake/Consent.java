package org.carecoord.intake;

/** What the patient (or whoever may act for them) agreed to, and how it was obtained. */
record Consent(long caseId, String decision, boolean shareWithProviders, String contactPreference,
               String contactTimes, String givenBy, String givenByName, String method, String recordedBy) {

    boolean given() {
        return IntakeProcess.CONSENT_GIVEN.equals(decision);
    }
}
