package org.carecoord.fhir.intake;

import java.time.Clock;
import java.util.Date;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;

/**
 * The answer to a referral: a {@code transaction-response} with one entry per request entry, in their order, and the
 * episode CareCoord opened appended. Ids are the FHIR export's: {@code Patient/<patient id>},
 * {@code EpisodeOfCare/<case number>}, {@code ServiceRequest/<case number>-referral}.
 */
final class TransactionResponse {

    static final String CREATED = "201 Created";
    static final String MATCHED = "200 OK";

    private TransactionResponse() {}

    static String patientId(long patientId) {
        return "Patient/" + patientId;
    }

    static String episodeId(String caseNumber) {
        return "EpisodeOfCare/" + caseNumber;
    }

    static String serviceRequestId(String caseNumber) {
        return "ServiceRequest/" + caseNumber + "-referral";
    }

    /** {@code patientIsNew}: false when the referral named a patient CareCoord already had (200 OK, not 201). */
    static Bundle of(
            ReferralBundle referral,
            long patientId,
            boolean patientIsNew,
            long caseId,
            String caseNumber,
            Clock clock) {
        Bundle response = new Bundle().setType(BundleType.TRANSACTIONRESPONSE);
        response.setTimestamp(Date.from(clock.instant()));
        for (int i = 0; i < referral.bundle().getEntry().size(); i++) {
            if (i == referral.patientEntry()) {
                add(response, patientIsNew ? CREATED : MATCHED, patientId(patientId));
            } else {
                add(response, CREATED, serviceRequestId(caseNumber));
            }
        }
        add(response, CREATED, episodeId(caseNumber));
        return response;
    }

    private static void add(Bundle response, String status, String location) {
        response.addEntry().getResponse().setStatus(status).setLocation(location);
    }
}
