package org.carecoord.benefits;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.PlainText;
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
 * Benefit problems on a case: a coordinator or manager reports one (SecurityConfiguration), which starts its
 * {@code benefits-and-claims} process; its first task, "Record the benefit problem", goes to the case's coordinator.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/benefit-problems")
class BenefitProblemController {

    /** The kind of problem and, optionally, a first note (no diagnoses); the task asks for the details. */
    record ProblemReport(
            @NotBlank @Size(max = 40) String kind,
            @Size(max = 1000) @PlainText(multiline = true) String note) {}

    private final BenefitProblemService problems;

    BenefitProblemController(BenefitProblemService problems) {
        this.problems = problems;
    }

    @GetMapping
    List<BenefitProblem> list(@PathVariable long caseId) {
        return problems.ofCase(caseId);
    }

    @ApiResponse(responseCode = "201", description = "Reported")
    @PostMapping
    ResponseEntity<BenefitProblem> report(
            @PathVariable long caseId, @Valid @RequestBody ProblemReport report, Authentication user) {
        String note = report.note() == null || report.note().isBlank()
                ? null
                : report.note().strip();
        BenefitProblem problem = problems.report(caseId, report.kind(), note, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/benefit-problems/" + problem.id()))
                .body(problem);
    }

    @ExceptionHandler(InvalidBenefitsInputException.class)
    ProblemDetail invalid(InvalidBenefitsInputException ex) {
        return ApiExceptionHandler.invalid(List.of(new ApiExceptionHandler.FieldError(ex.field(), ex.getMessage())));
    }
}
