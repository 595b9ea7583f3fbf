package org.carecoord.apidocs;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to every {@code /api} operation the problem+json answers that can reach it, so a new endpoint is documented
 * with its errors without annotations: 401 and 403 from the security chain and {@code CaseAccessInterceptor}, 400
 * where there is anything to validate, 404 where the path names something, 409 on every change (a duplicate, a
 * concurrent change, a closed case: {@code ApiExceptionHandler}), 413 where there is a body, 500 with an error id and
 * 503 while the database is unreachable. A response the controller declares itself is left as it is.
 */
final class ErrorResponses implements OperationCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final Set<String> CASE_PATH_VARIABLES = Set.of("caseId", "referralId");
    private static final Set<RequestMethod> CHANGES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        boolean parameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean names = parameters && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        // CaseAccessInterceptor's paths: /api/cases/{caseId}/** and /api/referrals/{referralId}/**
        boolean onCase = parameters
                && operation.getParameters().stream()
                        .anyMatch(p -> "path".equals(p.getIn()) && CASE_PATH_VARIABLES.contains(p.getName()));
        boolean change = changes(handler);
        if (parameters || body) {
            add(
                    responses,
                    "400",
                    "Invalid request: each rejected field is named in errors; nothing was saved.",
                    ProblemSchemas.VALIDATION_PROBLEM);
        }
        add(responses, "401", "Not signed in: HTTP Basic (or a Tasklist/Cockpit session) is needed.");
        add(
                responses,
                "403",
                "Your groups do not allow this request."
                        + (onCase
                                ? " Or you may not open this case: a coordinator may break the glass (breakGlass)."
                                : "")
                        + (change ? " A change through the webapp session also needs its X-XSRF-TOKEN header." : ""));
        if (names) {
            add(responses, "404", onCase ? "No such case, or nothing of that id on it." : "Nothing of that id.");
        }
        if (change) {
            add(
                    responses,
                    "409",
                    "Conflicts with the record: already recorded, changed by someone else meanwhile, or the case is "
                            + "closed. Nothing was saved.");
        }
        if (body) {
            add(responses, "413", "The request body is too large; nothing was stored.");
        }
        add(responses, "500", "Unexpected failure; nothing was saved. Quote errorId.");
        add(
                responses,
                "503",
                "The database cannot be reached right now; nothing was saved. Try again after Retry-After seconds.");
        return operation;
    }

    private static void add(ApiResponses responses, String code, String description) {
        add(responses, code, description, ProblemSchemas.PROBLEM);
    }

    private static void add(ApiResponses responses, String code, String description, String schema) {
        if (responses.containsKey(code)) {
            return;
        }
        responses.addApiResponse(
                code,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        PROBLEM_JSON,
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + schema)))));
    }

    private static boolean changes(HandlerMethod handler) {
        RequestMapping method = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        return Stream.of(method, type)
                .filter(m -> m != null)
                .flatMap(m -> Arrays.stream(m.method()))
                .anyMatch(CHANGES::contains);
    }
}
