package org.carecoord.access;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 403 for a case the user may not open, telling a coordinator how to break the glass. */
@RestControllerAdvice(basePackages = "org.carecoord")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessProblems {

    static final URI CASE_ACCESS_DENIED = URI.create("urn:carecoord:problem:case-access-denied");
    public static final URI REVIEWERS_ONLY = URI.create("urn:carecoord:problem:reviewers-only");

    @ExceptionHandler(CaseAccessDeniedException.class)
    ProblemDetail denied(CaseAccessDeniedException ex) {
        if (ex.reviewersOnly) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only managers, reviewers and administrators can open a case's audit trail.");
            problem.setTitle("Reviewers only");
            problem.setType(REVIEWERS_ONLY);
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                ex.mayBreakGlass
                        ? "You neither coordinate this case nor have a task of it. To open it anyway, state why with "
                                + "POST /api/cases/" + ex.caseId
                                + "/break-glass {\"reason\": \"…\"}; the access is audited."
                        : "Your groups do not allow access to this case.");
        problem.setTitle("No access to this case");
        problem.setType(CASE_ACCESS_DENIED);
        if (ex.mayBreakGlass) {
            problem.setProperty("breakGlass", "/api/cases/" + ex.caseId + "/break-glass");
        }
        return problem;
    }
}
