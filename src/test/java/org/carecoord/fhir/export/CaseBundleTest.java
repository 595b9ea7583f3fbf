package org.carecoord.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseStatus;
import org.carecoord.patient.Patient;
import org.carecoord.support.FhirValidators;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mappings, and a whole record's Bundle against HAPI's validator without the application around it. */
class CaseBundleTest {

    private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");
    private static FhirValidator validator;

    @BeforeAll
    static void buildTheValidatorOnce() {
        validator = FhirValidators.r4();
    }

    @Test
    void appointmentStatusesMapOntoR4() {
        assertThat(FhirCodes.appointmentStatus("booked")).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(FhirCodes.appointmentStatus("confirmed")).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(FhirCodes.appointmentStatus("fulfilled")).isEqualTo(Appointment.AppointmentStatus.FULFILLED);
        assertThat(FhirCodes.appointmentStatus("attended")).isEqualTo(Appointment.AppointmentStatus.FULFILLED);
        assertThat(FhirCodes.appointmentStatus("noshow")).isEqualTo(Appointment.AppointmentStatus.NOSHOW);
        assertThat(FhirCodes.appointmentStatus("missed")).isEqualTo(Appointment.AppointmentStatus.NOSHOW);
        assertThat(FhirCodes.appointmentStatus("cancelled")).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
    }

    @Test
    void aReferralsRequestStaysActiveWhileItsTaskRuns() {
        assertThat(List.of("requested", "accepted", "in-progress").stream()
                        .map(FhirCodes::serviceRequestStatus)
                        .distinct())
                .containsExactly(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(FhirCodes.serviceRequestStatus("completed"))
                .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(List.of("rejected", "failed", "cancelled").stream()
                        .map(FhirCodes::serviceRequestStatus)
                        .distinct())
                .containsExactly(ServiceRequest.ServiceRequestStatus.REVOKED);
        for (String status :
                List.of("requested", "accepted", "rejected", "in-progress", "completed", "failed", "cancelled")) {
            assertThat(Task.TaskStatus.fromCode(status).toCode()).isEqualTo(status);
        }
    }

    @Test
    void socialNeedsGetTheirGravityCategoryAndClinicalServicesNone() {
        assertThat(FhirCodes.sdohOfService("food-assistance").orElseThrow().code())
                .isEqualTo("food-insecurity");
        assertThat(FhirCodes.sdohOfService("housing").orElseThrow().code()).isEqualTo("housing-instability");
        assertThat(FhirCodes.sdohOfService("transportation").orElseThrow().code())
                .isEqualTo("transportation-insecurity");
        assertThat(FhirCodes.sdohOfService("utility-assistance").orElseThrow().code())
                .isEqualTo("utility-insecurity");
        assertThat(FhirCodes.sdohOfService("financial-counseling").orElseThrow().code())
                .isEqualTo("financial-insecurity");
        assertThat(FhirCodes.sdohOfService("primary-care")).isEmpty();
        assertThat(FhirCodes.scoreCode("phq9").code()).isEqualTo("44261-6");
        assertThat(FhirCodes.scoreCode("gad7").code()).isEqualTo("70274-6");
        assertThat(FhirCodes.scoreCode("lace").system()).isEqualTo(FhirCodes.INSTRUMENT);
    }

    @Test
    void aFullRecordValidatesWithoutErrorAndEveryReferenceResolves() throws IOException {
        Bundle bundle = CaseBundle.of(fullRecord(), OPENED.plusSeconds(86_400 * 20));

        var result = validator.validateWithResult(bundle);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        assertThat(errors).as(describe(errors)).isEmpty();
        var warnings = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                .toList();
        System.out.println(warnings.size() + " validator warnings:\n" + describe(warnings));

        assertThat(BundleChecks.resourceTypes(bundle))
                .contains(
                        "Patient",
                        "Practitioner",
                        "EpisodeOfCare",
                        "CareTeam",
                        "Condition",
                        "Goal",
                        "CarePlan",
                        "ServiceRequest",
                        "Task",
                        "Appointment",
                        "Coverage",
                        "Consent",
                        "Observation",
                        "QuestionnaireResponse",
                        "Encounter");
        assertThat(BundleChecks.unresolvedReferences(bundle)).isEmpty();
        // an example to read (made-up patient): target/fhir-export-example.json
        Files.writeString(
                Path.of("target", "fhir-export-example.json"),
                FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
    }

    private static String describe(List<SingleValidationMessage> messages) {
        return messages.stream()
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    static CaseRecord fullRecord() {
        var careCase = new CareCase(
                7L,
                "CC-2026-000007",
                3L,
                CaseStatus.ACTIVE,
                null,
                null,
                "chronic-care",
                "hospital",
                "reason",
                "routine",
                "coordinator",
                "pi-1",
                OPENED,
                null);
        var patient = new Patient(
                3L,
                "Ada",
                "Example",
                LocalDate.of(1950, 4, 1),
                "female",
                "+1 555 0100",
                "ada@example.org",
                "1 Main St, Springfield",
                "es",
                "Bea Example",
                "MRN1000007");
        var plan = new CaseRecord.Plan(
                11L,
                1,
                "active",
                OPENED.plusSeconds(3600),
                List.of("food", "mood"),
                List.of(new CaseRecord.Goal(
                        21L,
                        "food",
                        "Has enough food every week",
                        "food bank visits",
                        LocalDate.of(2026, 12, 31),
                        "active",
                        "improving")),
                List.of(
                        new CaseRecord.Intervention(
                                31L,
                                "food",
                                "Refer to the food bank",
                                "coordinator",
                                LocalDate.of(2026, 11, 20),
                                "in-progress",
                                null),
                        new CaseRecord.Intervention(
                                32L, "medications", "Pill box", "patient", null, "stopped", "not needed")));
        return new CaseRecord(
                careCase,
                patient,
                OPENED.plusSeconds(600),
                "Casey Coordinator",
                plan,
                List.of(
                        new CaseRecord.Referral(
                                41L,
                                "food-assistance",
                                "Food Bank",
                                "completed",
                                null,
                                OPENED.plusSeconds(7200),
                                OPENED.plusSeconds(7300),
                                OPENED.plusSeconds(90_000)),
                        new CaseRecord.Referral(
                                42L,
                                "primary-care",
                                null,
                                "rejected",
                                "no capacity",
                                OPENED.plusSeconds(7200),
                                null,
                                null)),
                List.of(new CaseRecord.TeamMember(
                        51L,
                        "primary-care-physician",
                        "Dr. Lee",
                        "Clinic",
                        null,
                        null,
                        LocalDate.of(2026, 11, 2),
                        null,
                        "active")),
                List.of(
                        new CaseRecord.Appointment(
                                61L,
                                OPENED.plusSeconds(500_000),
                                null,
                                "Clinic",
                                "Room 2",
                                "Follow-up",
                                "confirmed",
                                null),
                        new CaseRecord.Appointment(
                                62L,
                                OPENED.plusSeconds(400_000),
                                OPENED.plusSeconds(401_800),
                                "Clinic",
                                null,
                                null,
                                "cancelled",
                                "patient ill")),
                List.of(new CaseRecord.Coverage(
                        71L, "Medicaid", "Plan A", "SUB-1", "G-9", LocalDate.of(2026, 1, 1), null, 1, "active")),
                new CaseRecord.Consent(81L, "given", false, "guardian", "Bea Example", "phone", OPENED),
                List.of(
                        new CaseRecord.Result(
                                91L,
                                "phq9",
                                "{\"phq9Item1\": 2, \"phq9Item9\": 0}",
                                12,
                                "moderate",
                                OPENED.plusSeconds(1800)),
                        new CaseRecord.Result(
                                92L,
                                "ahc-hrsn",
                                "{\"foodWorry\": true, \"housing\": \"steady\", \"x\": null}",
                                1,
                                null,
                                OPENED.plusSeconds(1800))),
                List.of(new CaseRecord.HospitalStay(
                        101L, "General Hospital", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 14), "home")));
    }
}
