package org.carecoord.review;

import org.carecoord.access.AccessProblems;
import org.carecoord.web.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 403 for someone who is no reviewer, 400 naming each invalid filter. */
@RestControllerAdvice(basePackageClasses = ReviewProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewProblems {

    @ExceptionHandler(ReviewerCheck.NotAReviewer.class)
    ProblemDetail notAReviewer(ReviewerCheck.NotAReviewer ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "Only managers, reviewers and administrators can list episodes and open audit trails.");
        problem.setTitle("Reviewers only");
        problem.setType(AccessProblems.REVIEWERS_ONLY);
        return problem;
    }

    @ExceptionHandler(EpisodeFilter.Invalid.class)
    ProblemDetail invalid(EpisodeFilter.Invalid ex) {
        return ApiExceptionHandler.invalid(ex.errors);
    }
}
