package org.carecoord.fhir.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** FHIR answers as {@code application/fhir+json}, encoded by the shared context's JSON parser. */
final class Outcomes {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private Outcomes() {}

    /** 400: one issue per problem, in a stable order (by element, then text). */
    static ResponseEntity<String> badRequest(FhirContext fhir, List<Problem> problems) {
        return answer(fhir, HttpStatus.BAD_REQUEST, outcome(problems));
    }

    static OperationOutcome outcome(List<Problem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        problems.stream()
                .distinct()
                .sorted(Comparator.comparing((Problem p) -> Objects.toString(p.expression(), ""))
                        .thenComparing(Problem::diagnostics))
                .forEach(problem -> {
                    var issue = outcome.addIssue()
                            .setSeverity(IssueSeverity.ERROR)
                            .setCode(problem.code())
                            .setDiagnostics(problem.diagnostics());
                    if (problem.expression() != null) {
                        issue.addExpression(problem.expression());
                    }
                });
        return outcome;
    }

    /** 409: the patient's open episode, named by its case number. */
    static ResponseEntity<String> conflict(FhirContext fhir, String patientElement, String caseNumber) {
        var problem = new Problem(
                IssueType.CONFLICT,
                patientElement,
                "The patient already has an open care episode, " + caseNumber
                        + "; add to that case instead of opening another.");
        return answer(fhir, HttpStatus.CONFLICT, outcome(List.of(problem)));
    }

    static ResponseEntity<String> answer(FhirContext fhir, HttpStatus status, Resource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON).body(encode(fhir, resource));
    }

    static String encode(FhirContext fhir, Resource resource) {
        return fhir.newJsonParser().encodeResourceToString(resource);
    }
}
