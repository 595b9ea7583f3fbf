package org.carecoord.intake;

import java.time.Instant;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's consent: what the patient agreed to and how they want to be contacted. */
@Component
class ConsentOverviewPart implements CaseOverviewPart {

    record LatestConsent(
            String decision,
            boolean shareWithProviders,
            String contactPreference,
            String contactTimes,
            String givenBy,
            String method,
            Instant recordedAt) {}

    private final ConsentRepository consents;

    ConsentOverviewPart(ConsentRepository consents) {
        this.consents = consents;
    }

    @Override
    public String section() {
        return "consent";
    }

    @Override
    public Object of(CareCase careCase) {
        return consents.latest(careCase.id()).orElse(null);
    }
}
