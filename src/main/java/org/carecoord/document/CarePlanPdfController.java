package org.carecoord.document;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.carecoord.cases.CareCaseService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable care plan: the same URL as the plan's JSON ({@code CarePlanController}), chosen by
 * {@code Accept: application/pdf}. A PHI read: the interceptor's case-read row and a printout row of its own.
 */
@RestController
class CarePlanPdfController {

    private final CarePlanPrintouts printouts;
    private final CareCaseService cases;
    private final DocumentAudit audit;

    CarePlanPdfController(CarePlanPrintouts printouts, CareCaseService cases, DocumentAudit audit) {
        this.printouts = printouts;
        this.cases = cases;
        this.audit = audit;
    }

    @GetMapping(value = "/api/cases/{caseId}/care-plans/{version}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> printout(
            @PathVariable long caseId, @PathVariable int version, Authentication user, HttpServletRequest request) {
        var careCase = cases.require(caseId);
        var plan = printouts.of(caseId, version).orElseThrow(NoSuchPlanException::new);
        byte[] pdf = CarePlanPdf.render(plan);
        audit.printed(careCase, version, user, request);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("care-plan-" + careCase.caseNumber() + "-v" + version + ".pdf")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @ExceptionHandler(NoSuchPlanException.class)
    ResponseEntity<ProblemDetail> noSuchPlan() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The case has no such care plan version.");
        problem.setType(URI.create("urn:carecoord:problem:care-plan-not-found"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static class NoSuchPlanException extends RuntimeException {
        NoSuchPlanException() {
            super("no such care plan version");
        }
    }
}
