package org.carecoord.benefits;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's insurance coverages, reached through the case (access checked and audited per case); coordinators
 * and managers change them (SecurityConfiguration), reviewers read.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/coverage")
class CoverageController {

    private final CoverageService coverages;

    CoverageController(CoverageService coverages) {
        this.coverages = coverages;
    }

    @GetMapping
    List<Coverage> list(@PathVariable long caseId) {
        return coverages.ofCase(caseId);
    }

    @ApiResponse(responseCode = "201", description = "Recorded")
    @PostMapping
    ResponseEntity<Coverage> add(
            @PathVariable long caseId, @Valid @RequestBody CoverageRequest request, Authentication user) {
        Coverage coverage = coverages.add(caseId, request, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/coverage/" + coverage.id()))
                .body(coverage);
    }

    @PutMapping("/{coverageId}")
    Coverage change(
            @PathVariable long caseId,
            @PathVariable long coverageId,
            @Valid @RequestBody CoverageRequest request,
            Authentication user) {
        return coverages.change(caseId, coverageId, request, user.getName());
    }

    @ExceptionHandler(InvalidBenefitsInputException.class)
    ProblemDetail invalid(InvalidBenefitsInputException ex) {
        return ApiExceptionHandler.invalid(List.of(new ApiExceptionHandler.FieldError(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(CoverageService.CoverageNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The case's patient has no such coverage.");
        problem.setTitle("Coverage not found");
        return problem;
    }
}
