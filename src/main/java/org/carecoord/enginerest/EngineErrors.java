package org.carecoord.enginerest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.carecoord.intake.OpenEpisodeExistsException;
import org.carecoord.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine REST errors in Camunda's shape ({@code type}, {@code message}) without internals: a 5xx carries a generic
 * message and an error id that the log line carries too (the log names the exception's type only: its message can
 * hold SQL and patient data); a 4xx keeps what the caller can act on, with submitted values removed.
 */
final class EngineErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineErrors.class);
    private static final ExceptionHandlerHelper CAMUNDA = ExceptionHandlerHelper.getInstance();

    private EngineErrors() {}

    static Response toResponse(Throwable error) {
        var openEpisode = find(error, OpenEpisodeExistsException.class);
        if (openEpisode != null) {
            return body(
                    Status.CONFLICT,
                    "OpenEpisodeExists",
                    "The patient already has an open care episode, case " + openEpisode.caseNumber()
                            + ": add to that case instead of registering a new referral.");
        }
        // a refusal in the user's words; deployment refusals: Camunda's own bodies name BPMN elements, not values
        var refusal = find(error, AuthorizationException.class);
        if (refusal != null) {
            return body(Status.FORBIDDEN, "AuthorizationException", PermissionWords.of(refusal));
        }
        if (find(error, ParseException.class) != null) {
            return CAMUNDA.getResponse(find(error, ParseException.class));
        }
        if (find(error, TaskAlreadyClaimedException.class) != null) {
            return body(
                    Status.CONFLICT,
                    "TaskAlreadyClaimed",
                    "Someone else claimed this task first; it is no longer in the team queue.");
        }
        if (find(error, OptimisticLockingException.class) != null) {
            return body(
                    Status.CONFLICT,
                    "OptimisticLockingException",
                    "This was changed by someone else in the meantime; reload and try again.");
        }
        boolean notFound =
                find(error, NotFoundException.class) != null || find(error, NullValueException.class) != null;
        if (notFound && TaskActions.onEndedTask()) {
            // completed by someone else, or its step ended (a deadline passed, the episode closed) a moment ago
            return body(
                    Status.CONFLICT,
                    "TaskNotOpen",
                    "This task is no longer open: it was completed, or its step ended. Reload your task list.");
        }
        if (notFound) {
            return body(Status.NOT_FOUND, "NotFoundException", "Not found: it does not exist, or you may not see it.");
        }
        if (error instanceof JsonParseException) {
            return body(Status.BAD_REQUEST, "InvalidRequestException", "The request body is not well-formed JSON.");
        }
        if (error instanceof JsonMappingException mapping) {
            return body(
                    Status.BAD_REQUEST,
                    "InvalidRequestException",
                    "The request body has a field of the wrong " + "type or an unknown field"
                            + (mapping.getPath().isEmpty() ? "" : ": " + path(mapping)) + ".");
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            var status = web.getResponse().getStatusInfo();
            return body(status.getStatusCode(), "InvalidRequestException", status.getReasonPhrase() + ".");
        }
        int status = error instanceof RestException rest && rest.getStatus() != null
                ? rest.getStatus().getStatusCode()
                : CAMUNDA.getStatus(error).getStatusCode();
        if (status < 500) {
            return body(status, error.getClass().getSimpleName(), ValueFreeMessage.of(error.getMessage()));
        }
        // engine REST reports a delegate's refusal (e.g. invalid input in a start form) as 500 "Cannot instantiate
        // process definition <id>: …"; the refusal itself is the answer
        var badInput = find(error, BadUserRequestException.class);
        if (badInput != null) {
            return body(Status.BAD_REQUEST, "InvalidRequestException", ValueFreeMessage.of(badInput.getMessage()));
        }
        if (DatabaseUnavailable.is(error)) {
            log.warn(
                    "Database unreachable while answering an engine REST request ({})",
                    error.getClass().getName());
            return Response.status(Status.SERVICE_UNAVAILABLE)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .entity(Map.of("type", "DatabaseUnavailable", "message", DatabaseUnavailable.MESSAGE))
                    .build();
        }
        if (TaskActions.onEndedTask()) {
            // the engine failed on the state a concurrent completion left: the user's work was rolled back
            return body(
                    Status.CONFLICT,
                    "TaskNotOpen",
                    "This task is no longer open: it was completed, or its step ended. Reload your task list.");
        }
        if (JobActions.ranConcurrently()) {
            return body(
                    Status.CONFLICT,
                    "JobAlreadyRun",
                    "The job executor ran this job (or is running it) at the same moment; reload to see its result.");
        }
        return serverError(error);
    }

    private static Response serverError(Throwable error) {
        String errorId = UUID.randomUUID().toString();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.error(
                "Engine REST request failed: {} (root cause {}) [error id {}]",
                error.getClass().getName(),
                root.getClass().getName(),
                errorId);
        var entity = new LinkedHashMap<String, Object>();
        entity.put("type", "ServerError");
        entity.put(
                "message",
                "The request could not be completed; nothing was saved. Quote error id " + errorId
                        + " to your administrator.");
        entity.put("errorId", errorId);
        return Response.status(Status.INTERNAL_SERVER_ERROR)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(entity)
                .build();
    }

    static Response body(Status status, String type, String message) {
        return body(status.getStatusCode(), type, message);
    }

    static Response body(int status, String type, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", type, "message", message))
                .build();
    }

    private static <E extends Throwable> E find(Throwable error, Class<E> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(JsonMappingException mapping) {
        var path = new StringBuilder();
        for (var ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
