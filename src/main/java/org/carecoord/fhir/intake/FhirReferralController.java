package org.carecoord.fhir.intake;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.intake.IntakeRequest;
import org.carecoord.intake.IntakeResult;
import org.carecoord.intake.IntakeService;
import org.carecoord.intake.OpenEpisodeExistsException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals as FHIR R4: a {@code transaction} Bundle of a Patient and a ServiceRequest starts an episode exactly like
 * {@code POST /api/intakes} (same {@link IntakeService}, matching and validation). Refusals are OperationOutcomes
 * naming the FHIR element; nothing is stored unless the whole referral is taken.
 */
@RestController
@RequestMapping("/api/fhir")
class FhirReferralController {

    /** Better words than "must not be blank" for a field the Bundle did not carry. */
    private static final Map<String, String> MISSING = Map.of(
            "patient.firstName", "a given name is required",
            "patient.lastName", "a family name is required",
            "patient.dateOfBirth", "a birth date is required",
            "patient.sex", "a gender is required",
            "patient.preferredLanguage", "a communication language (the preferred one) is required",
            "referralSource", "a requester with a display (or a contained Organization) is required: who refers",
            "reasonForReferral", "a reasonCode text or a note is required: why the patient is referred");

    private final FhirContext fhir;
    private final BundleReader reader;
    private final Validator validator;
    private final IntakeService intake;
    private final ReferralPatients patients;
    private final Clock clock;

    FhirReferralController(
            FhirContext fhir,
            ObjectMapper json,
            Validator validator,
            IntakeService intake,
            ReferralPatients patients,
            Clock clock) {
        this.fhir = fhir;
        this.reader = new BundleReader(fhir, json);
        this.validator = validator;
        this.intake = intake;
        this.patients = patients;
        this.clock = clock;
    }

    @PostMapping(
            path = "/Bundle",
            consumes = {"application/fhir+json", "application/json"})
    ResponseEntity<String> receive(@RequestBody(required = false) byte[] body, Principal user) {
        var read = reader.read(body);
        if (read.bundle() == null) {
            return Outcomes.badRequest(fhir, read.problems());
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        var checked = ReferralBundle.check(read.bundle());
        problems.addAll(checked.problems());
        if (checked.referral() == null) {
            return Outcomes.badRequest(fhir, problems);
        }
        ReferralBundle referral = checked.referral();
        var mapping = ReferralMapping.of(referral);
        problems.addAll(mapping.problems());
        problems.addAll(violations(mapping, problems));
        if (!problems.isEmpty()) {
            return Outcomes.badRequest(fhir, problems);
        }
        IntakeResult result;
        try {
            result = intake.receive(mapping.request(), user.getName());
        } catch (OpenEpisodeExistsException open) {
            return Outcomes.conflict(fhir, referral.patientPath(), open.caseNumber());
        }
        var patient = patients.of(result.caseId());
        var response = TransactionResponse.of(
                referral, patient.patientId(), patient.isNew(), result.caseId(), result.caseNumber(), clock);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/cases/" + result.caseId()))
                .contentType(Outcomes.FHIR_JSON)
                .body(Outcomes.encode(fhir, response));
    }

    /**
     * The intake's own bean validation, each violation named by the FHIR element behind the field; none for an
     * element already refused on reading (an unreadable date is not also reported missing).
     */
    private List<Problem> violations(ReferralMapping mapping, List<Problem> found) {
        Set<String> refused = new HashSet<>();
        found.forEach(problem -> refused.add(problem.expression()));
        List<Problem> problems = new ArrayList<>();
        for (ConstraintViolation<IntakeRequest> violation : validator.validate(mapping.request())) {
            String field = violation.getPropertyPath().toString();
            String element = mapping.elementOf(field);
            if (refused.contains(element)) {
                continue;
            }
            boolean missing = isMissing(violation);
            problems.add(new Problem(
                    missing ? IssueType.REQUIRED : IssueType.VALUE,
                    element,
                    missing ? MISSING.getOrDefault(field, violation.getMessage()) : violation.getMessage()));
        }
        return problems;
    }

    private static boolean isMissing(ConstraintViolation<?> violation) {
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return constraint.equals("NotNull") || constraint.equals("NotBlank") || constraint.equals("Contactable");
    }
}
