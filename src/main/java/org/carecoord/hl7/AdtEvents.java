package org.carecoord.hl7;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import ca.uhn.hl7v2.ErrorCode;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CaseStatus;
import org.carecoord.cases.EpisodeNotWaitingException;
import org.carecoord.patient.Patient;
import org.carecoord.patient.PatientRepository;
import org.carecoord.transitionalcare.HospitalDischargeReport;
import org.carecoord.transitionalcare.HospitalStay;
import org.carecoord.transitionalcare.TransitionalCareService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an ADT event to the patient's open case in one transaction with its record in hl7_adt_message: A03 reports
 * the discharge exactly as {@code POST /api/cases/{caseId}/events/hospital-discharge} does (the stay and its
 * transitional care); A01 and A04 note the admission on the case.
 */
@Component
class AdtEvents {

    /** What applying did: the case, and whether the message had been applied before (then nothing changed). */
    record Applied(long caseId, boolean alreadyApplied) {}

    private final PatientRepository patients;
    private final CareCaseService cases;
    private final TransitionalCareService transitionalCare;
    private final AdtMessageRepository messages;
    private final BusinessCalendar calendar;
    private final Validator validator;
    private final TransactionTemplate transaction;

    AdtEvents(
            PatientRepository patients,
            CareCaseService cases,
            TransitionalCareService transitionalCare,
            AdtMessageRepository messages,
            BusinessCalendar calendar,
            Validator validator,
            PlatformTransactionManager transactions) {
        this.patients = patients;
        this.cases = cases;
        this.transitionalCare = transitionalCare;
        this.messages = messages;
        this.calendar = calendar;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @throws AdtNotApplicableException nothing changed, and why (AE)
     * @throws org.springframework.dao.DuplicateKeyException the same message was applied meanwhile (AA)
     */
    Applied apply(AdtMessage adt) {
        return transaction.execute(status -> {
            if (messages.applied(adt.sendingFacility(), adt.controlId())) {
                return new Applied(0, true);
            }
            Patient patient = match(adt)
                    .orElseThrow(() -> new AdtNotApplicableException(
                            ErrorCode.UNKNOWN_KEY_IDENTIFIER, "no patient matches PID-3 (MR) or PID-5 and PID-7"));
            CareCase careCase = cases.findOpenEpisodeOf(patient.id())
                    .orElseThrow(() -> new AdtNotApplicableException(
                            ErrorCode.UNKNOWN_KEY_IDENTIFIER, "no open case for the patient"));
            if (AdtFeed.DISCHARGE.equals(adt.event())) {
                reportDischarge(adt, careCase);
            } else {
                noteAdmission(adt, careCase);
            }
            return new Applied(careCase.id(), false);
        });
    }

    private void reportDischarge(AdtMessage adt, CareCase careCase) {
        HospitalDischargeReport report = adt.dischargeReport();
        check(report);
        if (careCase.status() == CaseStatus.PLANNED) {
            throw new AdtNotApplicableException(
                    ErrorCode.APPLICATION_RECORD_LOCKED,
                    "the case is still in intake: send the discharge again once it has a coordinator");
        }
        long messageId = messages.insert(adt, careCase.id());
        HospitalStay stay;
        try {
            stay = transitionalCare.reportDischarge(careCase.id(), report, AdtFeed.ACTOR);
        } catch (EpisodeNotWaitingException notNow) {
            throw new AdtNotApplicableException(
                    ErrorCode.APPLICATION_RECORD_LOCKED, "the case's episode takes no hospital discharge now");
        }
        messages.linkStay(messageId, stay.id());
    }

    private void noteAdmission(AdtMessage adt, CareCase careCase) {
        if (adt.admittedOn() != null && adt.admittedOn().isAfter(calendar.today())) {
            throw new AdtNotApplicableException(ErrorCode.DATA_TYPE_ERROR, "PV1-44 admit date is in the future");
        }
        messages.insert(adt, careCase.id());
    }

    /** The API's own rules for a discharge report, with the HL7 field named instead of the JSON one. */
    private void check(HospitalDischargeReport report) {
        LocalDate today = calendar.today();
        if (report.facility() == null) {
            throw missing("PV1-3.4 or MSH-4 (facility)");
        }
        if (report.admittedOn() == null) {
            throw missing("PV1-44 (admit date)");
        }
        if (report.dischargedOn() == null) {
            throw missing("PV1-45 (discharge date)");
        }
        if (report.dischargedOn().isAfter(today)) {
            throw new AdtNotApplicableException(ErrorCode.DATA_TYPE_ERROR, "PV1-45 discharge date is in the future");
        }
        if (report.admittedOn().isAfter(today)) {
            throw new AdtNotApplicableException(ErrorCode.DATA_TYPE_ERROR, "PV1-44 admit date is in the future");
        }
        if (report.dischargedOn().isBefore(report.admittedOn())) {
            throw new AdtNotApplicableException(
                    ErrorCode.DATA_TYPE_ERROR, "PV1-45 discharge date is before PV1-44 admit date");
        }
        Set<ConstraintViolation<HospitalDischargeReport>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            ConstraintViolation<HospitalDischargeReport> first =
                    violations.iterator().next();
            throw new AdtNotApplicableException(
                    ErrorCode.DATA_TYPE_ERROR, hl7Field(first.getPropertyPath().toString()) + " " + first.getMessage());
        }
    }

    /**
     * The patient PID names by the intake's own rule ({@link PatientRepository#findMatching}): an MRN (PID-3 of type
     * MR) naming exactly one patient of the birth date PID-7 gives, else given and family name (PID-5) with it.
     */
    Optional<Patient> match(AdtMessage adt) {
        return patients.findMatching(adt.mrns(), adt.givenName(), adt.familyName(), adt.birthDate());
    }

    private static AdtNotApplicableException missing(String field) {
        return new AdtNotApplicableException(ErrorCode.REQUIRED_FIELD_MISSING, field + " is missing");
    }

    private static String hl7Field(String property) {
        return switch (property) {
            case "facility" -> "PV1-3.4 or MSH-4 (facility)";
            case "admittedOn" -> "PV1-44 (admit date)";
            case "dischargedOn" -> "PV1-45 (discharge date)";
            default -> "PV1-36 (disposition)";
        };
    }
}
