package org.carecoord.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.carecoord.cases.CaseClosedException;
import org.carecoord.cases.CaseNotFoundException;
import org.carecoord.cases.EpisodeNotWaitingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 7807 problem+json. Bad input names each field and why, never the value sent (it may be
 * patient data); unexpected failures answer with an error id to quote and log no request content.
 */
// Not limited to our packages: a request no controller takes (wrong method, unknown path) has no handler, and
// would otherwise get Spring Boot's error page instead of problem+json.
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    public static final URI INVALID_REQUEST = URI.create("urn:carecoord:problem:invalid-request");
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** One rejected field: a dotted path into the request body and what is wrong with it. */
    public record FieldError(String field, String message) {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            @NonNull MethodArgumentNotValidException ex,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            @NonNull HttpMessageNotReadableException ex,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        if (ex.getCause() instanceof RequestSizeLimit.BodyTooLargeException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge());
        }
        FieldError error;
        if (ex.getCause() instanceof JsonParseException duplicate && JsonErrors.isDuplicateKey(duplicate)) {
            error = new FieldError(JsonErrors.path(duplicate), "appears more than once");
        } else if (ex.getCause() instanceof JsonProcessingException json && JsonErrors.isTruncatedOrMalformed(json)) {
            error = new FieldError("", "the request body is not well-formed JSON");
        } else if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            error = new FieldError(JsonErrors.path(unknown), "is not a known field");
        } else if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            error = new FieldError(JsonErrors.path(mapping), "has the wrong type or format");
        } else if (ex.getCause() instanceof JsonProcessingException) {
            error = new FieldError("", "the request body is not well-formed JSON");
        } else {
            error = new FieldError("", "a JSON request body is required");
        }
        return ResponseEntity.badRequest().body(invalid(List.of(error)));
    }

    /** A path variable that is not a number (or too big for one): named, its value not repeated. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            @NonNull TypeMismatchException ex,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(name, "has the wrong type or format"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            @NonNull HttpMediaTypeNotSupportedException ex,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        // the default detail repeats the Content-Type sent
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .headers(headers)
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "The request body must be JSON (Content-Type: application/json)."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            @NonNull NoResourceFoundException ex,
            @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status,
            @NonNull WebRequest request) {
        // the default detail repeats the path sent
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource."));
    }

    /** A value that breaks a database rule (too long, a duplicate): its message quotes the values, so never shown. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> dataIntegrity(DataIntegrityViolationException ex) {
        log.warn("Refused a request whose values break a database rule (values not logged)");
        HttpStatus status = ex instanceof DuplicateKeyException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(ProblemDetail.forStatusAndDetail(
                        status,
                        status == HttpStatus.CONFLICT
                                ? "This is already recorded; nothing was saved."
                                : "A value cannot be stored; nothing was saved."));
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail caseNotFound(CaseNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such case.");
        problem.setType(URI.create("urn:carecoord:problem:case-not-found"));
        return problem;
    }

    @ExceptionHandler(CaseClosedException.class)
    ProblemDetail caseClosed(CaseClosedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Case " + ex.caseNumber() + " is closed; this needs an open case.");
        problem.setTitle("Case closed");
        problem.setType(URI.create("urn:carecoord:problem:case-closed"));
        return problem;
    }

    @ExceptionHandler(EpisodeNotWaitingException.class)
    ProblemDetail episodeNotWaiting(EpisodeNotWaitingException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The episode of case " + ex.caseNumber()
                        + " is not at a point where it takes this event (is its discharge under way?).");
        problem.setType(URI.create("urn:carecoord:problem:no-episode-waiting"));
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your groups do not allow this request.");
    }

    /** Two people (or a person and a timer) changed the same thing at once: the later one is told, nothing is saved. */
    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail changedConcurrently(OptimisticLockingException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "This was changed by someone else in the meantime; nothing was saved. Reload and try again.");
        problem.setType(URI.create("urn:carecoord:problem:changed-concurrently"));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (DatabaseUnavailable.is(ex)) {
            log.warn(
                    "Database unreachable while handling an API request ({})",
                    ex.getClass().getName());
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
            problem.setType(URI.create("urn:carecoord:problem:database-unavailable"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .body(problem);
        }
        String errorId = UUID.randomUUID().toString();
        // The exception's message may quote patient data (e.g. SQL values), so only its type is logged.
        log.error(
                "Unexpected {} while handling an API request [error id {}]",
                ex.getClass().getName(),
                errorId);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed; nothing was saved. Quote error id " + errorId + ".");
        problem.setProperty("errorId", errorId);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static ProblemDetail tooLarge() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large.");
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? "1 field is invalid: " + errors.get(0).field()
                        : errors.size() + " fields are invalid: "
                                + String.join(
                                        ", ",
                                        errors.stream()
                                                .map(FieldError::field)
                                                .distinct()
                                                .toList()));
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
