package org.carecoord.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The problem+json bodies as {@code ApiExceptionHandler}, {@code AccessProblems}, {@code ReviewProblems}, the
 * controllers' own handlers and the security chain's {@code ProblemResponses} write them: Spring's
 * {@code ProblemDetail} (RFC 7807 members, then its extra properties at the top level, nulls left out).
 */
final class ProblemSchemas {

    static final String PROBLEM = "Problem";
    static final String VALIDATION_PROBLEM = "ValidationProblem";
    static final String FIELD_ERROR = "FieldError";

    private ProblemSchemas() {}

    static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 7807 problem details. Never repeats the values sent (they may be patient data).")
                .properties(members())
                .additionalProperties(Boolean.TRUE)
                .required(List.of("title", "status"));
    }

    /** 400 from bean validation, a body that cannot be read, a bad path or query parameter. */
    static Schema<?> validationProblem() {
        var members = new java.util.LinkedHashMap<>(members());
        members.put("type", new StringSchema().format("uri")._default("urn:carecoord:problem:invalid-request"));
        return new ObjectSchema()
                .description("400: every rejected field with what is wrong with it; nothing was saved.")
                .properties(members)
                .required(List.of("type", "title", "status", "detail", "errors"))
                .example(Map.of(
                        "type",
                        "urn:carecoord:problem:invalid-request",
                        "title",
                        "Invalid request",
                        "status",
                        400,
                        "detail",
                        "1 field is invalid: reason",
                        "errors",
                        List.of(Map.of("field", "reason", "message", "must not be blank"))));
    }

    static Schema<?> fieldError() {
        return new ObjectSchema()
                .description("One rejected field: a dotted path into the request body (or the parameter's name)")
                .addProperty("field", new StringSchema().example("reason"))
                .addProperty("message", new StringSchema().example("must not be blank"))
                .required(List.of("field", "message"));
    }

    private static Map<String, Schema> members() {
        Map<String, Schema> members = new java.util.LinkedHashMap<>();
        members.put(
                "type",
                new StringSchema()
                        .format("uri")
                        ._default("about:blank")
                        .description("urn:carecoord:problem:… where the problem has a kind of its own")
                        .example("urn:carecoord:problem:case-not-found"));
        members.put("title", new StringSchema().example("Not Found"));
        members.put("status", new IntegerSchema().example(404));
        members.put(
                "detail",
                new StringSchema()
                        .description("what happened, in a user's words")
                        .example("No such case."));
        members.put("instance", new StringSchema().format("uri"));
        members.put(
                "errors",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("400 (and 413 for an upload): each rejected field"));
        members.put("errorId", new StringSchema().description("500: an id to quote; the log has the failure's type"));
        members.put(
                "breakGlass",
                new StringSchema()
                        .description(
                                "403 on a case a coordinator may open by breaking the glass: where to POST the reason")
                        .example("/api/cases/1/break-glass"));
        return members;
    }
}
