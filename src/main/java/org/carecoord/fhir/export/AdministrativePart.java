package org.carecoord.fhir.export;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Reference;

/** Appointments, coverages and the consent recorded at intake. */
final class AdministrativePart {

    private AdministrativePart() {}

    static void add(CaseRecord record, BundleEntries entries, Reference patient) {
        record.appointments().forEach(a -> entries.add(appointment(a, patient), "appointment-" + a.id()));
        record.coverages().forEach(c -> entries.add(coverage(c, patient), "coverage-" + c.id()));
        if (record.consent() != null) {
            entries.add(
                    consent(record.consent(), patient),
                    "consent-" + record.consent().id());
        }
    }

    /**
     * FHIR wants both start and end on a booked appointment; CareCoord records the end only when it was typed,
     * so an appointment without one ends when it starts (no duration is made up).
     */
    static Appointment appointment(CaseRecord.Appointment a, Reference patient) {
        var appointment = new Appointment();
        appointment.setStatus(FhirCodes.appointmentStatus(a.status()));
        if (Fhir.present(a.cancellationReason())) {
            appointment.setCancelationReason(Fhir.text(a.cancellationReason()));
        }
        if (Fhir.present(a.description())) {
            appointment.setDescription(a.description());
        }
        appointment.setStart(Fhir.date(a.startsAt()));
        appointment.setEnd(Fhir.date(a.endsAt() != null ? a.endsAt() : a.startsAt()));
        appointment
                .addParticipant()
                .setActor(patient)
                .setRequired(Appointment.ParticipantRequired.REQUIRED)
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        appointment
                .addParticipant()
                .setActor(Fhir.named(a.provider()))
                .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        if (Fhir.present(a.location())) {
            appointment
                    .addParticipant()
                    .setActor(Fhir.named(a.location()))
                    .setStatus(Appointment.ParticipationStatus.ACCEPTED);
        }
        return appointment;
    }

    static Coverage coverage(CaseRecord.Coverage c, Reference patient) {
        var coverage = new Coverage();
        coverage.setStatus(Coverage.CoverageStatus.fromCode(c.status()));
        coverage.setBeneficiary(patient);
        coverage.setSubscriberId(c.subscriberId());
        coverage.addPayor(Fhir.named(c.payor()));
        coverage.setOrder(c.order());
        coverage.setPeriod(Fhir.period(c.periodStart(), c.periodEnd()));
        if (Fhir.present(c.planName())) {
            coverage.addClass_()
                    .setType(Fhir.concept(FhirCodes.COVERAGE_CLASS, "plan", "Plan"))
                    .setValue(c.planName())
                    .setName(c.planName());
        }
        if (Fhir.present(c.groupNumber())) {
            coverage.addClass_()
                    .setType(Fhir.concept(FhirCodes.COVERAGE_CLASS, "group", "Group"))
                    .setValue(c.groupNumber());
        }
        return coverage;
    }

    /**
     * The patient's (or guardian's) decision on care coordination: a privacy consent, opt-in or opt-out, with
     * sharing with providers denied in a nested provision when the patient did not agree to it.
     */
    static Consent consent(CaseRecord.Consent c, Reference patient) {
        boolean given = "given".equals(c.decision());
        var consent = new Consent();
        consent.setStatus(given ? Consent.ConsentState.ACTIVE : Consent.ConsentState.REJECTED);
        consent.setScope(Fhir.concept(FhirCodes.CONSENT_SCOPE, "patient-privacy", "Privacy Consent"));
        consent.addCategory(Fhir.concept(FhirCodes.LOINC, "59284-0", "Patient Consent"));
        consent.setPatient(patient);
        consent.setDateTimeElement(Fhir.dateTime(c.recordedAt()));
        if ("patient".equals(c.givenBy()) || !Fhir.present(c.givenByName())) {
            consent.addPerformer(patient);
        } else {
            consent.addPerformer(Fhir.named(c.givenByName() + " (" + c.givenBy() + ")"));
        }
        consent.setPolicyRule(
                given
                        ? Fhir.concept(FhirCodes.ACT_CODE, "OPTIN", "opt-in")
                        : Fhir.concept(FhirCodes.ACT_CODE, "OPTOUT", "opt-out"));
        var provision = consent.getProvision();
        provision.setType(given ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
        if (given && !c.shareWithProviders()) {
            provision
                    .addProvision()
                    .setType(Consent.ConsentProvisionType.DENY)
                    .addAction(Fhir.concept(FhirCodes.CONSENT_ACTION, "disclose", "Disclose"));
        }
        return consent;
    }
}
