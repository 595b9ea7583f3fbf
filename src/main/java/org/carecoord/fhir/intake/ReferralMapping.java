package org.carecoord.fhir.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecoord.intake.IntakeRequest;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * A referral Bundle as the {@link IntakeRequest} that {@code POST /api/intakes} takes, with the FHIR element behind
 * each field ({@code elements}: bean-validation property path → FHIRPath) so that a refusal names the element sent.
 */
record ReferralMapping(IntakeRequest request, Map<String, String> elements, List<Problem> problems) {

    static ReferralMapping of(ReferralBundle referral) {
        Map<String, String> elements = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        var patient = PatientMapping.details(referral.patient(), referral.patientPath(), elements, problems);
        ServiceRequest service = referral.serviceRequest();
        String at = referral.serviceRequestPath();
        elements.put("patient", referral.patientPath());

        if (service.getStatus() != null
                && service.getStatus() != ServiceRequestStatus.ACTIVE
                && service.getStatus() != ServiceRequestStatus.DRAFT) {
            problems.add(Problem.value(at + ".status", "must be active (or draft) to start an episode"));
        }

        String program = program(service, at, elements);
        elements.put("urgency", at + ".priority");
        elements.put("referralSource", at + ".requester");
        elements.put("reasonForReferral", at + ".reasonCode");
        if (program == null) {
            problems.add(Problem.required(
                    at + ".category",
                    "names no CareCoord program: give a category or code of " + ProgramCodes.SYSTEM + " ("
                            + String.join(", ", ProgramCodes.PROGRAMS) + ") or a SNOMED CT code CareCoord maps"));
        }
        var request = new IntakeRequest(
                patient, program, referralSource(service.getRequester()), reason(service), urgency(service));
        return new ReferralMapping(request, Map.copyOf(elements), List.copyOf(problems));
    }

    /** The FHIR element a bean-validation property path came from (the resource itself if none is known). */
    String elementOf(String propertyPath) {
        return elements.getOrDefault(
                propertyPath, propertyPath.startsWith("patient.") ? elements.get("patient") : null);
    }

    private static String program(ServiceRequest service, String at, Map<String, String> elements) {
        for (int i = 0; i < service.getCategory().size(); i++) {
            Optional<String> program =
                    ProgramCodes.programOf(service.getCategory().get(i));
            if (program.isPresent()) {
                elements.put("program", at + ".category[" + i + "]");
                return program.get();
            }
        }
        elements.put("program", at + ".code");
        return ProgramCodes.programOf(service.getCode()).orElse(null);
    }

    /** routine (also when none is given) or urgent (urgent, asap, stat). */
    private static String urgency(ServiceRequest service) {
        ServiceRequestPriority priority = service.getPriority();
        return priority == null || priority == ServiceRequestPriority.ROUTINE ? "routine" : "urgent";
    }

    /** Who refers: the requester's display, else the name of the organisation it references (contained). */
    private static String referralSource(Reference requester) {
        if (requester.hasDisplay()) {
            return requester.getDisplay();
        }
        if (requester.getResource() instanceof Organization organization && organization.hasName()) {
            return organization.getName();
        }
        if (requester.getResource() instanceof PractitionerRole role
                && role.getOrganization().hasDisplay()) {
            return role.getOrganization().getDisplay();
        }
        if (requester.getResource() instanceof Practitioner practitioner && practitioner.hasName()) {
            return practitioner.getNameFirstRep().getNameAsSingleString();
        }
        return null;
    }

    /** The reasons' texts (or their codings' displays), then the notes, one a line. */
    private static String reason(ServiceRequest service) {
        List<String> lines = new ArrayList<>();
        for (CodeableConcept reason : service.getReasonCode()) {
            String text = reason.hasText()
                    ? reason.getText()
                    : reason.getCodingFirstRep().getDisplay();
            if (text != null && !text.isBlank()) {
                lines.add(text.trim());
            }
        }
        for (Annotation note : service.getNote()) {
            if (note.hasText() && !note.getText().isBlank()) {
                lines.add(note.getText().trim());
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
