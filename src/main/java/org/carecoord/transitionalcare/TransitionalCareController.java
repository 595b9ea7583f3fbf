package org.carecoord.transitionalcare;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A hospital discharge reported for a case (from an ADT feed or by the care team) starts transitional care in the
 * running episode; the case's hospital stays show where each one stands.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class TransitionalCareController {

    private final TransitionalCareService transitionalCare;

    TransitionalCareController(TransitionalCareService transitionalCare) {
        this.transitionalCare = transitionalCare;
    }

    @ApiResponse(responseCode = "202", description = "Recorded; transitional care starts")
    @PostMapping("/events/hospital-discharge")
    ResponseEntity<HospitalStay> hospitalDischarge(
            @PathVariable long caseId, @Valid @RequestBody HospitalDischargeReport report, Authentication user) {
        HospitalStay stay = transitionalCare.reportDischarge(caseId, report, user.getName());
        return ResponseEntity.accepted().body(stay);
    }

    @GetMapping("/hospital-stays")
    List<HospitalStay> hospitalStays(@PathVariable long caseId) {
        return transitionalCare.staysOf(caseId);
    }

    @ExceptionHandler(InvalidDischargeReportException.class)
    ProblemDetail invalid(InvalidDischargeReportException ex) {
        return ApiExceptionHandler.invalid(List.of(new ApiExceptionHandler.FieldError(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(CaseInIntakeException.class)
    ProblemDetail inIntake(CaseInIntakeException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Case " + ex.caseNumber()
                        + " is still in intake; report the hospital discharge once it has a coordinator.");
        problem.setTitle("Case in intake");
        problem.setType(URI.create("urn:carecoord:problem:case-in-intake"));
        return problem;
    }
}
