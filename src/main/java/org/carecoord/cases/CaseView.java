package org.carecoord.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.carecoord.patient.Patient;

/** A case as the API shows it. */
record CaseView(
        long caseId,
        String caseNumber,
        String status,
        String statusReason,
        String program,
        String urgency,
        String coordinator,
        Instant openedAt,
        Instant closedAt,
        PatientView patient) {

    record PatientView(String firstName, String lastName, LocalDate dateOfBirth, String preferredLanguage) {}

    static CaseView of(CareCase c, Patient p) {
        return new CaseView(
                c.id(),
                c.caseNumber(),
                c.status().code(),
                c.statusReason(),
                c.program(),
                c.urgency(),
                c.coordinatorId(),
                c.openedAt(),
                c.closedAt(),
                new PatientView(p.firstName(), p.lastName(), p.dateOfBirth(), p.preferredLanguage()));
    }
}
